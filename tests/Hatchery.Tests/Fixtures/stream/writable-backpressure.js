// Writable backpressure: write() returns false at the high-water mark, buffered writes run one at a time, 'drain'
// fires once the buffer empties, and the state getters on the way.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  highWaterMark: 5,
  write(chunk, encoding, cb) {
    log('_write', chunk.toString(), encoding, 'length', this.writableLength);
    setImmediate(() => {
      log('done', chunk.toString());
      cb();
    });
  },
});
log('hwm', w.writableHighWaterMark, 'needDrain', w.writableNeedDrain);
log('write ab', w.write('ab', () => log('cb ab')));
log('write cd', w.write('cd', () => log('cb cd')));
log('write ef', w.write('ef', () => log('cb ef')));
log('needDrain', w.writableNeedDrain, 'length', w.writableLength, 'buffered', w.writableBuffer.length);
w.on('drain', () => {
  log('drain', w.writableLength);
  w.end('z', () => log('end callback'));
  log('ended', w.writableEnded, w.writableFinished, w.writable);
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish', w.writableFinished));
w.on('close', () => log('close', w.destroyed));
log('sync end');
