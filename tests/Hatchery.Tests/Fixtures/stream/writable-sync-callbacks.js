// A _write that calls back synchronously: callbacks run on the next tick, grouped when consecutive writes share a
// callback; 'finish' after end(); end() with a chunk; write after end errors.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  write(chunk, encoding, cb) {
    log('_write', chunk.toString());
    cb();
  },
});
const shared = (err) => log('shared cb', err);
w.write('a', shared);
w.write('b', shared);
process.nextTick(() => log('tick queued between'));
w.write('c', shared);
w.write('d', (err) => log('own cb', err));
w.end('e', (err) => log('end cb', err));
w.on('finish', () => log('finish'));
w.on('close', () => {
  log('close');
  const late = new Writable({ write(c, e, cb) { cb(); } });
  late.on('error', (e) => log('error event', e.name, e.code, e.message));
  late.on('close', () => log('late close'));
  late.end();
  log('write after end returns', late.write('x', (err) => log('write cb', err.code)));
});
log('sync end');

// Writes without a callback neither take a tick nor split the group of a shared callback.
const grouped = new Writable({ write(c, e, cb) { cb(); } });
const again = () => log('grouped callback');
grouped.write('f', again);
process.nextTick(() => log('tick after the first grouped write'));
grouped.write('g', again);
grouped.write('h');
grouped.write('i', again);
try {
  grouped.write(null, 'bogus');
} catch (e) {
  log('null before the encoding check', e.code);
}
// 'finish' comes a tick after the callback of the last write, whether that write completed synchronously or not.
const quick = new Writable({write(c,e,cb){cb()}});
quick.write('d', ()=>log('d cb'));
quick.end(()=>log('end cb'));
quick.on('finish',()=>log('finish'));
process.nextTick(()=>log('T1'));
process.nextTick(()=>log('T2'));
const slow = new Writable({write(c,e,cb){setImmediate(cb)}});
slow.write('d', ()=>{log('w2 d cb'); process.nextTick(()=>log('w2 T'))});
slow.end(()=>log('w2 end cb'));
