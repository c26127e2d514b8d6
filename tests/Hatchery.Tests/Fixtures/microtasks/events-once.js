// events.once settles its promise in the same microtask turn as Node's: interleaved with promise chains of several
// depths, queueMicrotask and process.nextTick, for an event emitted at once or later, an 'error', an AbortSignal
// (aborted before and after the call) and an EventTarget.
const { EventEmitter, once } = require('events');
const log = (s) => console.log(s);

function chain(tag, depth) {
  let p = Promise.resolve();
  for (let i = 1; i <= depth; i++) p = p.then(() => log(`${tag}${i}`));
}

async function step(name, body) {
  log(`-- ${name}`);
  body();
  await new Promise((resolve) => setTimeout(resolve, 5));
}

async function main() {
  await step('emit right after once', () => {
    const ee = new EventEmitter();
    once(ee, 'x').then((args) => log(`once ${JSON.stringify(args)}`));
    ee.emit('x', 1, 2);
    chain('p', 6);
    queueMicrotask(() => log('qm'));
    process.nextTick(() => log('tick'));
  });

  await step('chain queued before once', () => {
    const ee = new EventEmitter();
    chain('p', 6);
    once(ee, 'x').then(() => log('once'));
    queueMicrotask(() => log('qm'));
    ee.emit('x');
    chain('q', 3);
  });

  await step('emit in a later turn', () => {
    const ee = new EventEmitter();
    once(ee, 'x').then(() => log('once'));
    chain('p', 3);
    setTimeout(() => {
      log('timer');
      ee.emit('x');
      chain('q', 6);
      process.nextTick(() => log('tick'));
    }, 0);
  });

  await step('emit from a microtask', () => {
    const ee = new EventEmitter();
    once(ee, 'x').then(() => log('once'));
    Promise.resolve().then(() => { log('emit'); ee.emit('x'); });
    chain('p', 6);
  });

  await step('awaited', () => {
    const ee = new EventEmitter();
    (async () => { await once(ee, 'x'); log('after await'); })();
    ee.emit('x');
    chain('p', 6);
  });

  await step('error event', () => {
    const ee = new EventEmitter();
    once(ee, 'x').then(() => log('resolved'), (err) => log(`rejected ${err.message}`));
    ee.emit('error', new Error('bad'));
    chain('p', 6);
    log(`listeners ${ee.listenerCount('x')} ${ee.listenerCount('error')}`);
  });

  await step('waiting for error itself', () => {
    const ee = new EventEmitter();
    once(ee, 'error').then(([err]) => log(`once error ${err.message}`));
    ee.emit('error', new Error('caught'));
    chain('p', 6);
  });

  await step('signal aborted later', () => {
    const ee = new EventEmitter();
    const ac = new AbortController();
    once(ee, 'x', { signal: ac.signal }).then(() => log('resolved'), (err) => log(`rejected ${err.name}`));
    ac.abort();
    chain('p', 6);
    log(`listeners ${ee.listenerCount('x')} ${ee.listenerCount('error')}`);
  });

  await step('signal aborted before', () => {
    const ee = new EventEmitter();
    once(ee, 'x', { signal: AbortSignal.abort() }).then(() => log('resolved'), (err) => log(`rejected ${err.name}`));
    chain('p', 6);
    log(`listeners ${ee.listenerCount('x')}`);
  });

  await step('signal not aborted, event emitted', () => {
    const ee = new EventEmitter();
    const ac = new AbortController();
    once(ee, 'x', { signal: ac.signal }).then(() => log('once'));
    ee.emit('x');
    ac.abort();
    chain('p', 6);
  });

  await step('bad signal', () => {
    const ee = new EventEmitter();
    let p;
    try {
      p = once(ee, 'x', { signal: 'nope' });
      log(`returned ${typeof p.then}`);
    } catch (err) {
      log(`threw ${err.code}`);
    }
    if (p) p.then(() => log('resolved'), (err) => log(`rejected ${err.code}`));
    chain('p', 3);
  });

  await step('EventTarget', () => {
    const et = new EventTarget();
    once(et, 'x').then(([event]) => log(`once ${event.type}`));
    et.dispatchEvent(new Event('x'));
    chain('p', 6);
  });

  await step('two onces, one emit', () => {
    const ee = new EventEmitter();
    once(ee, 'x').then(() => log('first'));
    chain('p', 2);
    once(ee, 'x').then(() => log('second'));
    ee.emit('x');
    chain('q', 6);
  });
}

main().then(() => log('done'));
