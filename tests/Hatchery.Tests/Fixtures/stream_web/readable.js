// ReadableStream: start/pull/cancel calls and their order, desiredSize, readers, locking, errors, tee, from.
// Loaded first: Hatchery's first require('util') (which a coded error's message needs) runs pending microtasks early.
require('util');
const log = (...a) => console.log(...a);
const source = {
  start(c) { log('start', c.desiredSize); c.enqueue('a'); log('after enqueue', c.desiredSize); },
  pull(c) { this.n = (this.n || 0) + 1; log('pull', this.n, c.desiredSize); c.enqueue(`p${this.n}`); if (this.n === 2) c.close(); },
  cancel(reason) { log('cancel', reason); },
};
const rs = new ReadableStream(source, { highWaterMark: 2 });
log(rs, rs.locked, Object.prototype.toString.call(rs));
queueMicrotask(() => log('microtask'));
(async () => {
  const reader = rs.getReader();
  log(reader, rs.locked);
  try { rs.getReader(); } catch (e) { log(e.name, e.code, e.message); }
  log(await reader.read(), await reader.read(), await reader.read(), await reader.read());
  await reader.closed;
  log('closed', rs);
  reader.releaseLock();
  try { await reader.read(); } catch (e) { log(e.name, e.code, e.message); }
  try { await reader.closed; } catch (e) { log(e.name, e.code, e.message); }

  const cancelled = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log('source cancel', r); return 'ignored'; } });
  log(await cancelled.cancel('why'), await cancelled.getReader().read());

  const failing = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  const failingReader = failing.getReader();
  try { await failingReader.read(); } catch (e) { log('read error', e.message); }
  try { await failingReader.closed; } catch (e) { log('closed error', e.message); }

  const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
  const ra = a.getReader();
  const rb = b.getReader();
  log(await ra.read(), await rb.read(), await rb.read(), await ra.read(), await ra.read());

  const [c1, c2] = new ReadableStream({ cancel(r) { log('tee source cancel', r); } }).tee();
  c1.cancel('one');
  await c2.cancel('two');

  const counted = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(3)); c.enqueue(new Uint8Array(2)); log('byte length desired', c.desiredSize); } }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  const sized = new ReadableStream({ start(c) { c.enqueue('x'); log('desired', c.desiredSize); } }, { highWaterMark: 3, size: (chunk) => chunk.length * 2 });
  log(counted.locked, sized.locked);

  const closedCtl = new ReadableStream({ start(c) { c.close(); try { c.enqueue(1); } catch (e) { log(e.name, e.code, e.message); } try { c.close(); } catch (e) { log(e.code); } } });
  log(await closedCtl.getReader().read());

  const from = ReadableStream.from((function* () { yield 1; yield Promise.resolve(2); })());
  const chunks = [];
  for await (const x of from) chunks.push(x);
  log(chunks);
  const fromAsync = ReadableStream.from((async function* () { yield 'x'; yield 'y'; })());
  for await (const x of fromAsync) log('async from', x);

  for (const attempt of [
    () => new ReadableStream({ type: 'other' }),
    () => new ReadableStream({}, { highWaterMark: -1 }),
    () => new ReadableStream({}, { size: 1 }),
    () => new ReadableStream({ start: 'x' }),
    () => ReadableStream.prototype.getReader.call({}),
    () => new ReadableStreamDefaultController(),
    () => ReadableStream.from(5),
  ]) {
    try { attempt(); } catch (e) { log(e.name, e.code, e.message); }
  }
  log(Object.keys(ReadableStream.prototype), Object.keys(ReadableStreamDefaultReader.prototype));
})();
