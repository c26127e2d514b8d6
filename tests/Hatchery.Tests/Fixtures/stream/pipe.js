// readable.pipe(writable): data flows, a slow destination pauses the source ('pause'/'resume' events), 'pipe' and
// 'unpipe' events, end: false, unpipe(), and piping into two destinations.
const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const source = new Readable({
  highWaterMark: 2,
  read() {},
});
const slow = new Writable({
  highWaterMark: 2,
  write(chunk, encoding, cb) {
    log('slow write', chunk.toString());
    setImmediate(cb);
  },
});
slow.on('pipe', (src) => log('pipe event', src === source));
slow.on('unpipe', (src) => log('unpipe event', src === source));
slow.on('drain', () => log('drain'));
slow.on('finish', () => {
  log('finish');
  twoDestinations();
});
source.on('pause', () => log('source pause'));
source.on('resume', () => log('source resume'));
source.on('end', () => log('source end'));
source.pipe(slow);
for (const c of ['aa', 'bb', 'cc', 'dd']) source.push(c);
source.push(null);

function twoDestinations() {
  const src = new PassThrough();
  const a = [];
  const b = [];
  const one = new Writable({ write(c, e, cb) { a.push(c.toString()); cb(); } });
  const two = new Writable({ write(c, e, cb) { b.push(c.toString()); cb(); } });
  src.pipe(one);
  src.pipe(two, { end: false });
  two.on('finish', () => log('never: end false'));
  one.on('finish', () => {
    log('one', a.join(','), 'two', b.join(','), 'two ended', two.writableEnded);
    unpiping();
  });
  src.write('x');
  src.end('y');
}

function unpiping() {
  const src = new PassThrough();
  const got = [];
  const dest = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  dest.on('unpipe', () => log('unpiped; flowing', src.readableFlowing));
  src.pipe(dest);
  src.write('before');
  setImmediate(() => {
    src.unpipe(dest);
    src.write('after');
    setImmediate(() => log('dest got', got.join(','), 'src buffered', src.readableLength));
  });
}
