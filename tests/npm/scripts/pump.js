// pump: pipes streams together and destroys them all when one fails, calling back once (through its own
// end-of-stream and once packages, over Node's streams).
const pump = require('pump');
const { Readable, Transform, Writable, PassThrough } = require('stream');

const out = [];
pump(
  Readable.from(['a', 'b', 'c']),
  new Transform({ transform(c, e, cb) { cb(null, c.toString().repeat(2)); } }),
  new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }),
  (err) => {
    console.log('done', err, out.join(''));
    failing();
  },
);

function failing() {
  const source = new PassThrough();
  const broken = new Transform({ transform(c, e, cb) { cb(new Error('broken transform')); } });
  const sink = new PassThrough();
  sink.resume();
  pump(source, broken, sink, (err) => {
    console.log('failed', err.message, 'destroyed', source.destroyed, broken.destroyed, sink.destroyed);
  });
  source.write('x');
}
