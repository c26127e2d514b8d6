// _final runs before 'prefinish' and 'finish', may be asynchronous, and its error destroys the stream; cork and
// uncork with _writev; setDefaultEncoding; decodeStrings: false.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  write(chunk, encoding, cb) {
    log('_write', chunk.toString());
    cb();
  },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join(' '));
    cb();
  },
  final(cb) {
    log('_final');
    setTimeout(() => {
      log('final done');
      cb();
    }, 1);
  },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => {
  log('close');
  second();
});
w.cork();
w.write('a');
w.write('b');
log('corked', w.writableCorked, 'buffered', w.writableLength);
process.nextTick(() => {
  w.uncork();
  log('uncorked', w.writableCorked);
  w.end();
});

function second() {
  const s = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      log('decodeStrings false', typeof chunk, encoding);
      cb();
    },
    final(cb) {
      cb(new Error('final failed'));
    },
  });
  s.setDefaultEncoding('latin1');
  s.write('str');
  s.on('finish', () => log('never finishes'));
  s.on('error', (e) => log('error', e.message, s.destroyed, s.errored === e));
  s.on('close', () => log('second close'));
  s.end();
}
