// Streams written as classes that extend Readable, Writable and Transform, the style most packages use, and the
// old style with util.inherits and Stream.call.
const { Readable, Writable, Transform } = require('stream');
const util = require('util');
const log = (...a) => console.log(...a);

class Counter extends Readable {
  constructor(max) {
    super({ objectMode: true });
    this.n = 0;
    this.max = max;
  }
  _read() {
    this.n++;
    if (this.n > this.max) this.push(null);
    else this.push(this.n);
  }
}

class Doubler extends Transform {
  constructor() {
    super({ objectMode: true });
  }
  _transform(n, encoding, cb) {
    cb(null, n * 2);
  }
}

class Logger extends Writable {
  constructor() {
    super({ objectMode: true });
  }
  _write(value, encoding, cb) {
    log('logger', value);
    cb();
  }
  _final(cb) {
    log('logger final');
    cb();
  }
}

const logger = new Logger();
new Counter(3).pipe(new Doubler()).pipe(logger);
logger.on('finish', () => {
  log('finish');
  oldStyle();
});

function oldStyle() {
  function Upper(options) {
    if (!(this instanceof Upper)) return new Upper(options);
    Transform.call(this, options);
  }
  util.inherits(Upper, Transform);
  Upper.prototype._transform = function (chunk, enc, cb) {
    this.push(chunk.toString().toUpperCase());
    cb();
  };
  const u = Upper();
  u.on('data', (c) => log('old style', c.toString()));
  u.end('abc');
  const w = Writable({ write(c, e, cb) { log('called without new', c.toString()); cb(); } });
  w.end('ok');
}
