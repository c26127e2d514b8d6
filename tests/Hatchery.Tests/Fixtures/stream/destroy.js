// destroy(err): _destroy then 'error' and 'close' on the next tick; without an error only 'close'; a second
// destroy is ignored; emitClose: false; autoDestroy: false keeps the stream after 'end'.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({
  read() {},
  destroy(err, cb) {
    log('_destroy', err && err.message);
    cb(err);
  },
});
r.on('error', (e) => log('error', e.message, r.errored === e));
r.on('close', () => log('close', r.destroyed, r.closed));
r.destroy(new Error('boom'));
log('after destroy', r.destroyed, r.closed);
r.destroy(new Error('again'), (e) => log('second destroy cb', e));
process.nextTick(() => log('tick'));

const quiet = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
quiet.on('close', () => log('never: emitClose false'));
quiet.destroy();
log('quiet destroyed', quiet.destroyed);

const plain = new Readable({ read() {} });
plain.on('close', () => log('plain close, no error'));
plain.destroy();

const kept = new Readable({ autoDestroy: false, read() { this.push(null); } });
kept.on('end', () => setImmediate(() => log('after end, autoDestroy false: destroyed', kept.destroyed)));
kept.resume();

const auto = new Readable({ read() { this.push(null); } });
auto.on('end', () => log('auto end, destroyed', auto.destroyed));
auto.on('close', () => log('auto close'));
auto.resume();

const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.write('pending', (err) => log('pending write cb', err && err.code));
w.write('buffered', (err) => log('buffered write cb', err && err.code));
w.on('close', () => log('writable close'));
w.destroy();
log('write after destroy', w.write('x', (err) => log('late cb', err.code)));
w.on('error', (e) => log('writable error', e.code));
