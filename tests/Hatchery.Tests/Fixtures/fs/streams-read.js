// fs.createReadStream: start/end, highWaterMark chunk sizes, encoding, the events in Node's order.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-streams-read-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz0123456789');

function trace(name, stream) {
  const events = [];
  for (const event of ['open', 'ready', 'end', 'close']) {
    stream.on(event, (arg) => events.push(event === 'open' ? `open:${typeof arg}` : event));
  }
  return new Promise((resolve) => {
    const chunks = [];
    stream.on('data', (chunk) => {
      events.push('data');
      chunks.push(typeof chunk === 'string' ? `'${chunk}'` : `<${chunk.length}:${chunk.toString()}>`);
    });
    stream.on('error', (err) => events.push(`error:${err.code}`));
    stream.on('close', () => {
      console.log(name, chunks.join(' '));
      console.log('  events', events.join(','), 'bytesRead', stream.bytesRead, 'pending', stream.pending, 'fd', stream.fd);
      resolve();
    });
  });
}

(async () => {
  const whole = fs.createReadStream(file);
  console.log('path', path.basename(whole.path), 'pending', whole.pending, 'fd', whole.fd, 'flags', whole.flags, 'mode', whole.mode);
  console.log('is Readable', whole instanceof require('stream').Readable, whole instanceof fs.ReadStream, fs.ReadStream.name);
  console.log('hwm', whole.readableHighWaterMark, 'start', whole.start, 'end', whole.end, 'autoClose', whole.autoClose);
  await trace('whole', whole);
  await trace('start-end', fs.createReadStream(file, { start: 3, end: 9 }));
  await trace('start', fs.createReadStream(file, { start: 30 }));
  await trace('end', fs.createReadStream(file, { end: 4 }));
  await trace('hwm', fs.createReadStream(file, { highWaterMark: 10 }));
  await trace('hwm-range', fs.createReadStream(file, { highWaterMark: 4, start: 5, end: 14 }));
  await trace('encoding', fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 16 }));
  await trace('encoding-string', fs.createReadStream(file, 'hex'));
  await trace('empty-range', fs.createReadStream(file, { start: 100 }));

  const fd = fs.openSync(file, 'r');
  await trace('fd', fs.createReadStream(null, { fd, start: 26 }));
  console.log('fd closed by autoClose', (() => { try { fs.fstatSync(fd); return false; } catch (e) { return e.code; } })());
  const kept = fs.openSync(file, 'r');
  const noClose = fs.createReadStream(null, { fd: kept, autoClose: false, end: 2 });
  noClose.on('end', () => {
    console.log('autoClose false: still open', fs.fstatSync(kept).size, 'destroyed', noClose.destroyed);
    fs.closeSync(kept);
  });
  noClose.on('data', (chunk) => console.log('noClose data', chunk.toString()));
  await new Promise((resolve) => noClose.on('end', resolve));

  const paused = fs.createReadStream(file, { highWaterMark: 8 });
  await new Promise((resolve) => paused.once('readable', resolve));
  console.log('read(3)', paused.read(3).toString(), 'read()', String(paused.read()));
  paused.close((err) => console.log('close callback', err && err.code, paused.destroyed));
  await new Promise((resolve) => paused.on('close', resolve));

  const iterated = [];
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 12 })) iterated.push(chunk.length);
  console.log('async iteration', iterated);

  fs.rmSync(dir, { recursive: true });
})();
