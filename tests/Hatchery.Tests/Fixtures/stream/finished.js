// finished(stream, cb): after 'end' on a readable, 'finish' on a writable, both on a duplex; the error of an
// errored stream; premature close; the cleanup function it returns; options readable/writable.
const { finished, Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.on('end', () => log('r end'));
r.on('close', () => log('r close'));
finished(r, (err) => log('finished readable', err));
r.resume();
r.push('x');
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('finish', () => log('w finish'));
finished(w, (err) => log('finished writable', err));
w.end('y');

const d = new PassThrough();
finished(d, (err) => log('finished duplex', err));
finished(d, { readable: false }, (err) => log('finished duplex writable side', err));
d.end('z');
setImmediate(() => d.resume());

const e = new Writable({ write(c, enc, cb) { cb(new Error('write failed')); } });
e.on('error', () => {});
finished(e, (err) => log('finished errored', err.message));
e.write('q');

const cleanup = finished(new PassThrough(), () => log('never: cleaned up'));
log('cleanup is', typeof cleanup);
cleanup();

const already = new Readable({ read() { this.push(null); } });
already.resume();
already.on('close', () => finished(already, (err) => log('finished after close', err)));
