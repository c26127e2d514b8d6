// The first use of lazily loaded built-ins from inside a promise callback, a nextTick and a timer runs none of the
// callbacks queued behind it before it returns.
const log = (s) => console.log(s);

process.nextTick(() => {
  Promise.resolve().then(() => log('tick: promise'));
  process.nextTick(() => log('tick: inner tick'));
  log(`tick: util ${typeof require('util').format}`);
  log(`tick: URL ${new URL('http://a/b').host}`);
  log('tick: body end');
});

Promise.resolve().then(() => {
  Promise.resolve().then(() => log('promise: inner promise'));
  process.nextTick(() => log('promise: tick'));
  log(`promise: events ${typeof require('events').on}`);
  log(`promise: Buffer ${Buffer.from('ab').length}`);
  log(`promise: TextEncoder ${new TextEncoder().encoding}`);
  log('promise: body end');
}).then(() => log('promise: next link'));

setTimeout(() => {
  Promise.resolve().then(() => log('timer: promise'));
  process.nextTick(() => log('timer: tick'));
  log(`timer: structuredClone ${structuredClone([1])[0]}`);
  log(`timer: AbortController ${new AbortController().signal.aborted}`);
  log('timer: body end');
}, 0);

log('end of script');
