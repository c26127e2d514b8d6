// Node's coded stream errors: push after EOF, write after end, multiple callback, premature close, invalid chunk
// types, null values, unimplemented _read/_write, unshift after end.
const { Readable, Writable, finished } = require('stream');
const log = (...a) => console.log(...a);
const show = (label) => (e) => log(label, e.name, e.code, e.message);

const r = new Readable({ read() {} });
r.on('error', show('push after EOF'));
r.push(null);
r.push('late');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', show('write after end'));
w.end();
w.write('x');

const m = new Writable({ write(c, e, cb) { cb(); cb(); } });
m.on('error', show('multiple callback'));
m.write('x');

const p = new Readable({ read() {} });
finished(p, show('finished premature'));
p.destroy();

try {
  new Writable({ write(c, e, cb) { cb(); } }).write(42);
} catch (e) {
  show('write number')(e);
}
try {
  new Writable({ write(c, e, cb) { cb(); } }).write(null);
} catch (e) {
  show('write null')(e);
}
try {
  new Writable({ write(c, e, cb) { cb(); } }).write('x', 'nope');
} catch (e) {
  show('bad encoding')(e);
}
const bad = new Readable({ read() {} });
bad.on('error', show('push number'));
bad.push(42);

const unimpl = new Readable();
unimpl.on('error', show('no _read'));
unimpl.read();

const unimplW = new Writable();
unimplW.on('error', show('no _write'));
try {
  unimplW.write('x');
} catch (e) {
  show('no _write thrown')(e);
}

const u = new Readable({ read() { this.push(null); } });
u.on('end', () => {
  u.on('error', show('unshift after end'));
  u.unshift('x');
});
u.resume();

try {
  new Readable({ highWaterMark: -1 });
} catch (e) {
  show('bad hwm')(e);
}
try {
  finished(r);
} catch (e) {
  show('finished without callback')(e);
}

// Any ArrayBufferView is accepted and written as its bytes.
const views = new Writable({ write(c, e, cb) { log('view chunk', Buffer.isBuffer(c), c.toString('hex'), e); cb(); } });
views.write(new Uint16Array([0x4241]));
views.write(new DataView(new ArrayBuffer(2), 1));
