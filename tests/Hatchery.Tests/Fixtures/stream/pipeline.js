// pipeline(): streams end to end with the callback after the last 'finish'; an error in the middle destroys every
// stream and reaches the callback once; generator and async-generator stages; an async function as destination.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const collected = [];
const sink = new Writable({ write(c, e, cb) { collected.push(c.toString()); cb(); } });
const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const ret = pipeline(Readable.from(['a', 'b', 'c']), upper, sink, (err) => {
  log('basic done', err, collected.join(''));
  failing();
});
log('returns last stream', ret === sink);

function failing() {
  const src = new Readable({ read() {} });
  const broken = new Transform({
    transform(c, e, cb) {
      cb(new Error('transform failed'));
    },
  });
  const dest = new PassThrough();
  for (const [name, s] of [['src', src], ['broken', broken], ['dest', dest]]) s.on('close', () => log(name, 'close', s.destroyed));
  pipeline(src, broken, dest, (err) => {
    log('failing done', err.message);
    generators();
  });
  src.push('x');
}

function generators() {
  pipeline(
    function* source() {
      yield 'one';
      yield 'two';
    },
    async function* double(input) {
      for await (const chunk of input) yield `${chunk}${chunk}`;
    },
    async function* upperCase(input) {
      for await (const chunk of input) yield chunk.toUpperCase();
    },
    async function destination(input) {
      const all = [];
      for await (const chunk of input) all.push(chunk);
      return all.join('+');
    },
    (err, value) => {
      log('generators done', err, value);
      arrays();
    },
  );
}

function arrays() {
  const seen = [];
  pipeline(['p', 'q'], new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } }), (err) => {
    log('array source done', err, seen.join(''));
    try {
      pipeline(new PassThrough(), () => {});
    } catch (e) {
      log('too few', e.code, e.message);
    }
    try {
      pipeline(new PassThrough(), new PassThrough());
    } catch (e) {
      log('no callback', e.code, e.message);
    }
  });
}
