// Duplex: independent read and write sides, allowHalfOpen: false ending the writable side after 'end', readable:
// false, instanceof Writable through Symbol.hasInstance, and the close after both sides are done.
const { Duplex, Writable, Readable, Stream } = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

const d = new Duplex({
  read() {},
  write(chunk, encoding, cb) {
    log('_write', chunk.toString());
    this.push(`echo ${chunk}`);
    cb();
  },
  final(cb) {
    log('_final');
    this.push(null);
    cb();
  },
});
log('instanceof', d instanceof Duplex, d instanceof Readable, d instanceof Writable, d instanceof Stream, d instanceof EventEmitter);
log('plain Readable instanceof Writable', new Readable() instanceof Writable);
d.on('data', (c) => log('data', c.toString()));
d.on('finish', () => log('finish'));
d.on('end', () => log('end'));
d.on('close', () => {
  log('close');
  halfOpen();
});
d.write('hi');
d.end();

function halfOpen() {
  const h = new Duplex({
    allowHalfOpen: false,
    read() {
      this.push(null);
    },
    write(c, e, cb) {
      cb();
    },
  });
  log('allowHalfOpen', h.allowHalfOpen, 'writable', h.writable);
  h.on('end', () => log('half end, writableEnded', h.writableEnded));
  h.on('finish', () => log('half finish'));
  h.on('close', () => {
    log('half close');
    const ro = new Duplex({ writable: false, read() { this.push(null); } });
    log('writable:false', ro.writable, ro.writableEnded, ro.writableFinished);
    ro.on('close', () => log('ro close'));
    ro.resume();
  });
  h.resume();
}
