// events.on's async iterator hands out events in the same microtask turns as Node's: events buffered before next(),
// a next() waiting for an event, for await loops, an 'error', an AbortSignal and return(), interleaved with promise
// chains, queueMicrotask and process.nextTick.
const { EventEmitter, on } = require('events');
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

const show = (r) => JSON.stringify(r);

async function main() {
  await step('buffered events', () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x');
    ee.emit('x', 1);
    ee.emit('x', 2);
    it.next().then((r) => log(`next ${show(r)}`));
    it.next().then((r) => log(`next ${show(r)}`));
    chain('p', 4);
    queueMicrotask(() => log('qm'));
    process.nextTick(() => log('tick'));
  });

  await step('waiting next', () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x');
    it.next().then((r) => log(`next ${show(r)}`));
    chain('p', 4);
    ee.emit('x', 'a');
    chain('q', 4);
  });

  await step('for await', () => {
    const ee = new EventEmitter();
    (async () => {
      for await (const [v] of on(ee, 'x')) {
        log(`got ${v}`);
        if (v === 3) break;
      }
      log(`loop done ${ee.listenerCount('x')}`);
    })();
    ee.emit('x', 1);
    ee.emit('x', 2);
    chain('p', 6);
    setTimeout(() => { ee.emit('x', 3); chain('q', 6); }, 0);
  });

  await step('error while waiting', () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x');
    it.next().then((r) => log(`next ${show(r)}`), (err) => log(`rejected ${err.message}`));
    ee.emit('error', new Error('bad'));
    chain('p', 4);
    it.next().then((r) => log(`after error ${show(r)}`));
  });

  await step('error buffered', () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x');
    ee.emit('x', 1);
    ee.emit('error', new Error('bad'));
    it.next().then((r) => log(`next ${show(r)}`), (err) => log(`rejected ${err.message}`));
    it.next().then((r) => log(`next ${show(r)}`), (err) => log(`rejected ${err.message}`));
    it.next().then((r) => log(`next ${show(r)}`), (err) => log(`rejected ${err.message}`));
    chain('p', 4);
  });

  await step('abort while waiting', () => {
    const ee = new EventEmitter();
    const ac = new AbortController();
    const it = on(ee, 'x', { signal: ac.signal });
    it.next().then((r) => log(`next ${show(r)}`), (err) => log(`rejected ${err.name}`));
    ac.abort();
    chain('p', 4);
    log(`listeners ${ee.listenerCount('x')} ${ee.listenerCount('error')}`);
  });

  await step('return while waiting', () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x');
    it.next().then((r) => log(`next ${show(r)}`));
    it.return().then((r) => log(`return ${show(r)}`));
    chain('p', 4);
    log(`listeners ${ee.listenerCount('x')}`);
  });

  await step('close event', () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x', { close: ['end'] });
    it.next().then((r) => log(`next ${show(r)}`));
    ee.emit('x', 1);
    ee.emit('end');
    it.next().then((r) => log(`next ${show(r)}`));
    chain('p', 4);
  });
}

main().then(() => log('done'));
