// fs streams' errors: a missing file (ENOENT, 'error' then 'close'), a directory, bad options.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-streams-errors-'));
const p = (name) => path.join(dir, name);
const show = (err) => `${err.name} ${err.code} ${err.message.replace(dir, 'DIR')}`;

function events(name, stream) {
  const seen = [];
  for (const event of ['open', 'ready', 'data', 'end', 'finish', 'close']) stream.on(event, () => seen.push(event));
  return new Promise((resolve) => {
    stream.on('error', (err) => {
      seen.push('error');
      console.log(name, show(err), err.syscall, path.relative(dir, err.path), err.errno);
    });
    stream.on('close', () => {
      console.log(' ', seen.join(','), 'destroyed', stream.destroyed, 'fd', stream.fd);
      resolve();
    });
  });
}

for (const [name, options] of [
  ['start string', { start: '1' }], ['negative start', { start: -1 }], ['start > end', { start: 5, end: 2 }],
  ['end fraction', { end: 1.5 }], ['bad fd', { fd: 'x' }], ['bad encoding', { encoding: 'nope' }],
]) {
  try {
    fs.createReadStream(p('x'), options);
    console.log(name, 'no error');
  } catch (err) {
    console.log(name, show(err));
  }
}
try { fs.createReadStream(); } catch (err) { console.log('no path', show(err)); }
try { fs.createWriteStream(p('x'), { start: -2 }); } catch (err) { console.log('write start', show(err)); }

(async () => {
  await events('missing', fs.createReadStream(p('missing.txt')));
  await events('directory', fs.createWriteStream(dir));
  await events('missing parent', fs.createWriteStream(p('no/such/file.txt')));
  await events('exclusive', fs.createWriteStream(dir, { flags: 'wx' }));
  const written = fs.createWriteStream(p('early.txt'));
  written.destroy(new Error('early'));
  written.on('error', (err) => console.log('destroyed early', err.message));
  await new Promise((resolve) => written.on('close', resolve));
  console.log('created anyway', fs.existsSync(p('early.txt')));
  fs.rmSync(dir, { recursive: true });
})();
