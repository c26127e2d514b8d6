// A throw from a queueMicrotask callback goes to 'uncaughtException' (origin 'uncaughtException') at once, not to
// 'unhandledRejection'; the microtask queue then goes on in order, and the loop's later phases run.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('unhandledRejection', (r) => console.log('unhandled', r));
queueMicrotask(() => {
  console.log('m1');
  throw new Error('boom');
});
queueMicrotask(() => console.log('m2'));
Promise.resolve().then(() => console.log('p1'));
process.nextTick(() => console.log('tick'));
setTimeout(() => {
  console.log('timeout');
  queueMicrotask(() => {
    throw 'from timeout';
  });
  Promise.resolve().then(() => console.log('p2'));
  setImmediate(() => console.log('immediate'));
}, 0);
