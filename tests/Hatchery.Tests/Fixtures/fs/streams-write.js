// fs.createWriteStream: flags, start, encoding, bytesWritten, the events in Node's order; pipe and pipeline.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline, Transform } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-streams-write-'));
const p = (name) => path.join(dir, name);

function finish(name, stream) {
  const events = [];
  for (const event of ['open', 'ready', 'finish', 'close']) {
    stream.on(event, (arg) => events.push(event === 'open' ? `open:${typeof arg}` : event));
  }
  stream.on('error', (err) => events.push(`error:${err.code}`));
  return new Promise((resolve) => stream.on('close', () => {
    console.log(name, events.join(','), 'bytesWritten', stream.bytesWritten, 'pending', stream.pending, 'fd', stream.fd);
    resolve();
  }));
}

(async () => {
  const out = fs.createWriteStream(p('out.txt'));
  console.log('path', path.basename(out.path), 'pending', out.pending, 'flags', out.flags, 'mode', out.mode, out instanceof fs.WriteStream, out instanceof require('stream').Writable);
  const done = finish('write', out);
  console.log('write returns', out.write('hello '), out.write(Buffer.from('world')));
  out.end('!\n', () => console.log('end callback'));
  await done;
  console.log('content', JSON.stringify(fs.readFileSync(p('out.txt'), 'utf8')));

  const appended = fs.createWriteStream(p('out.txt'), { flags: 'a' });
  const appendDone = finish('append', appended);
  appended.end('more\n');
  await appendDone;
  console.log('content', JSON.stringify(fs.readFileSync(p('out.txt'), 'utf8')));

  const patched = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 1 });
  const patchDone = finish('start', patched);
  patched.write('EL');
  patched.end('LO');
  await patchDone;
  console.log('content', JSON.stringify(fs.readFileSync(p('out.txt'), 'utf8')));

  const hex = fs.createWriteStream(p('hex.bin'), { encoding: 'hex' });
  const hexDone = finish('encoding', hex);
  hex.end('414243');
  await hexDone;
  console.log('content', fs.readFileSync(p('hex.bin'), 'utf8'));

  const many = fs.createWriteStream(p('many.txt'), { highWaterMark: 4 });
  const manyDone = finish('many', many);
  const returns = [];
  for (let i = 0; i < 5; i++) returns.push(many.write(`line ${i}\n`));
  many.on('drain', () => console.log('drain'));
  many.end();
  console.log('write returns', returns);
  await manyDone;
  console.log('lines', fs.readFileSync(p('many.txt'), 'utf8').split('\n').length);

  const closing = fs.createWriteStream(p('closed.txt'));
  closing.write('x');
  closing.close(() => console.log('close callback', fs.readFileSync(p('closed.txt'), 'utf8')));
  await new Promise((resolve) => closing.on('close', resolve));

  const source = fs.createReadStream(p('many.txt'), { highWaterMark: 5 });
  const copy = fs.createWriteStream(p('copy.txt'));
  source.pipe(copy);
  await finish('pipe', copy);
  console.log('copied', fs.readFileSync(p('copy.txt'), 'utf8') === fs.readFileSync(p('many.txt'), 'utf8'), 'read', source.bytesRead, 'destroyed', source.destroyed);

  const upper = new Transform({ transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); } });
  await new Promise((resolve) => pipeline(fs.createReadStream(p('many.txt')), upper, fs.createWriteStream(p('upper.txt')), (err) => {
    console.log('pipeline', err, fs.readFileSync(p('upper.txt'), 'utf8').split('\n')[0]);
    resolve();
  }));
  await require('stream/promises').pipeline(fs.createReadStream(p('upper.txt'), { start: 5 }), fs.createWriteStream(p('tail.txt')));
  console.log('promises pipeline', JSON.stringify(fs.readFileSync(p('tail.txt'), 'utf8').slice(0, 6)));

  const handle = await fs.promises.open(p('handle.txt'), 'w+');
  const handleOut = handle.createWriteStream();
  const handleDone = finish('handle write', handleOut);
  handleOut.end('via handle');
  await handleDone;
  console.log('handle fd after', handle.fd);
  const readHandle = await fs.promises.open(p('handle.txt'));
  const chunks = [];
  for await (const chunk of readHandle.createReadStream({ encoding: 'utf8', start: 4 })) chunks.push(chunk);
  console.log('handle read', chunks, readHandle.fd);

  fs.rmSync(dir, { recursive: true });
})();
