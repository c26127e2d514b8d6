// Transform and PassThrough: _transform with push and callback(null, data), _flush, objectMode on one side only,
// backpressure between the sides, and the event order of finish and end.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const upper = new Transform({
  transform(chunk, encoding, cb) {
    log('_transform', chunk.toString(), encoding);
    this.push(chunk.toString().toUpperCase());
    cb(null, '|');
  },
  flush(cb) {
    log('_flush');
    cb(null, '!');
  },
});
const out = [];
upper.on('data', (c) => out.push(c.toString()));
upper.on('prefinish', () => log('prefinish'));
upper.on('finish', () => log('finish'));
upper.on('end', () => {
  log('end', out.join(''));
  objects();
});
upper.on('close', () => log('close'));
upper.write('a');
upper.write('b');
upper.end('c');
log('sync end', upper.writableEnded, upper.readableEnded);

function objects() {
  const lengths = new Transform({
    writableObjectMode: true,
    transform(obj, encoding, cb) {
      cb(null, `${obj.name.length},`);
    },
  });
  log('objectMode sides', lengths.writableObjectMode, lengths.readableObjectMode);
  lengths.setEncoding('utf8');
  lengths.on('data', (c) => log('lengths data', c));
  lengths.on('end', () => passthrough());
  lengths.write({ name: 'abc' });
  lengths.end({ name: 'hello' });
}

function passthrough() {
  const pt = new PassThrough({ highWaterMark: 2 });
  log('pt write 1', pt.write('xx'));
  log('pt write 2', pt.write('yy'));
  log('pt write 3', pt.write('zz'));
  log('pt lengths', pt.readableLength, pt.writableLength);
  pt.on('drain', () => log('pt drain'));
  pt.on('data', (c) => log('pt data', c.toString()));
  pt.on('end', () => log('pt end'));
  pt.end();
}
