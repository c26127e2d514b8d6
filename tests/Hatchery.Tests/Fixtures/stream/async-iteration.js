// for await over a Readable: chunks in order, break destroys the stream, an error rejects the loop, and
// Readable.from over arrays, generators, async generators, strings and Buffers.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

(async () => {
  const r = new Readable({ read() {} });
  r.push('a');
  r.push('b');
  setImmediate(() => {
    r.push('c');
    r.push(null);
  });
  for await (const chunk of r) log('chunk', chunk.toString());
  log('loop done', r.destroyed);

  const early = Readable.from([1, 2, 3, 4]);
  early.on('close', () => log('early close'));
  for await (const n of early) {
    log('n', n);
    if (n === 2) break;
  }
  log('after break destroyed', early.destroyed);

  const failing = new Readable({ read() {} });
  setImmediate(() => failing.destroy(new Error('iteration failed')));
  try {
    for await (const c of failing) log('never', c);
  } catch (e) {
    log('caught', e.message);
  }

  function* gen() {
    try {
      yield 'g1';
      yield 'g2';
    } finally {
      log('generator finally');
    }
  }
  async function* agen() {
    yield 'ag1';
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield 'ag2';
  }
  for (const source of [['x', 'y'], gen(), agen(), 'whole string', Buffer.from('buf'), new Set([7, 8])]) {
    const items = [];
    for await (const item of Readable.from(source)) items.push(Buffer.isBuffer(item) ? `<Buffer ${item}>` : item);
    log('from', JSON.stringify(items));
  }
  const objectModeOff = Readable.from(['p', 'q'], { objectMode: false });
  log('objectMode option', objectModeOff.readableObjectMode);
  try {
    Readable.from(42);
  } catch (e) {
    log('from number', e.code, e.message);
  }
  const nulls = Readable.from([1, null, 2]);
  nulls.on('error', (e) => log('null item', e.code));
  nulls.resume();
})();
