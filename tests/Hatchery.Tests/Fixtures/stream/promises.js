// stream/promises and require('stream').promises: pipeline resolves after the last stream finishes and rejects
// with the first error; finished resolves on 'end'/'finish' and rejects on a premature close; an AbortSignal.
const { pipeline, finished } = require('stream/promises');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const log = (...a) => console.log(...a);

(async () => {
  log('stream/promises', Object.keys(require('node:stream/promises')).join(), typeof stream.promises);
  const parts = [];
  await pipeline(Readable.from(['x', 'y']), new Writable({ objectMode: true, write(c, e, cb) { parts.push(c); cb(); } }));
  log('pipeline resolved', parts.join(''));

  const value = await pipeline(Readable.from([1, 2, 3]), async function* (src) {
    for await (const n of src) yield n * 10;
  }, async (src) => {
    let sum = 0;
    for await (const n of src) sum += n;
    return sum;
  });
  log('pipeline value', value);

  try {
    await pipeline(new Readable({ read() { this.destroy(new Error('source broke')); } }), new PassThrough());
  } catch (e) {
    log('pipeline rejected', e.message);
  }

  const r = Readable.from(['a']);
  r.resume();
  await finished(r);
  log('finished resolved', r.readableEnded);

  const p = new PassThrough();
  const f = finished(p);
  p.destroy();
  try {
    await f;
  } catch (e) {
    log('finished rejected', e.code);
  }

  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const done = pipeline(slow, new PassThrough(), { signal: ac.signal });
  ac.abort();
  try {
    await done;
  } catch (e) {
    log('aborted', e.name, e.code, slow.destroyed);
  }
})();
