// Stream, the legacy base: an EventEmitter with the old pipe(), module shape, and the static helpers.
const stream = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

log('module is Stream', stream === stream.Stream, typeof stream, require('node:stream') === stream);
log('names', ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal']
  .map((n) => `${n}:${typeof stream[n]}`).join(' '));
const s = new stream.Stream();
log('is emitter', s instanceof EventEmitter, typeof s.pipe);
const dest = new stream.Writable({ write(c, e, cb) { log('dest got', c.toString()); cb(); } });
dest.on('pipe', () => log('pipe event'));
dest.on('finish', () => log('dest finish'));
s.readable = true;
s.pipe(dest);
s.emit('data', 'hello');
s.emit('end');
log('keys', Object.keys(stream).filter((k) => !['duplexPair', 'compose'].includes(k)).join());
log('default hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
const r = new stream.Readable({ read() {} });
log('isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r), 'isDisturbed', stream.isDisturbed(r));
r.destroy();
log('after destroy isReadable', stream.isReadable(r), 'isDestroyed', stream.isDestroyed(r));
const ac = new AbortController();
const aborted = stream.addAbortSignal(ac.signal, new stream.Readable({ read() {} }));
aborted.on('error', (e) => log('abort error', e.name, e.code));
aborted.on('close', () => log('abort close'));
ac.abort();
const fromOption = new stream.Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
fromOption.on('error', (e) => log('signal option', e.name));
