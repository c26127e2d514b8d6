// The three forms of fs over real files: Sync, callback (on the loop), promises and FileHandle.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-basics-'));
const p = (n) => path.join(dir, n);
fs.writeFileSync(p('a.txt'), 'hello');
fs.appendFileSync(p('a.txt'), Buffer.from(' world'));
fs.writeFileSync(p('u.bin'), new Uint8Array([1, 2, 3]));
console.log(fs.readFileSync(p('a.txt'), 'utf8'), fs.readFileSync(p('u.bin')));
const st = fs.statSync(p('a.txt'));
console.log(st.isFile(), st.isDirectory(), st.size, (st.mode & 0o777).toString(8), typeof st.ino, st.nlink, st.mtime instanceof Date, Object.keys(st).length);
console.log(typeof fs.statSync(p('a.txt'), { bigint: true }).size);
fs.symlinkSync('a.txt', p('link'));
console.log(fs.lstatSync(p('link')).isSymbolicLink(), fs.readlinkSync(p('link')), path.basename(fs.realpathSync(p('link'))));
console.log(fs.readdirSync(dir), fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isSymbolicLink(), d.path === dir]));
const fd = fs.openSync(p('fd.txt'), 'w+');
console.log(fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1));
const buf = Buffer.alloc(10);
console.log(fs.readSync(fd, buf, 0, 10, 0), buf.toString('utf8', 0, 6));
fs.ftruncateSync(fd, 3); fs.fsyncSync(fd);
console.log(fs.fstatSync(fd).size); fs.closeSync(fd);
fs.chmodSync(p('fd.txt'), 0o600); console.log((fs.statSync(p('fd.txt')).mode & 0o777).toString(8));
fs.utimesSync(p('fd.txt'), 1000, 2000); console.log(fs.statSync(p('fd.txt')).mtimeMs);
fs.copyFileSync(p('a.txt'), p('b.txt')); fs.renameSync(p('b.txt'), p('c.txt'));
fs.truncateSync(p('c.txt'), 2); console.log(fs.readFileSync(p('c.txt'), 'latin1'), fs.existsSync(p('b.txt')));
fs.accessSync(p('c.txt'), fs.constants.R_OK | fs.constants.W_OK);
fs.cpSync(dir, dir + '-copy', { recursive: true }); console.log(fs.readdirSync(dir + '-copy').length);
fs.rmSync(dir + '-copy', { recursive: true });
fs.readFile(p('a.txt'), 'utf8', (err, text) => {
  console.log('cb', err, text);
  fs.stat(p('nope'), (err2) => {
    console.log('cb2', err2.code, err2.syscall, path.basename(err2.path));
    fs.promises.readFile(p('a.txt')).then(async (b) => {
      console.log('promise', b.length);
      const h = await fs.promises.open(p('a.txt'), 'r');
      const r = await h.read(Buffer.alloc(5), 0, 5, 0);
      console.log('handle', r.bytesRead, r.buffer.toString(), (await h.stat()).size, (await h.readFile('utf8')));
      await h.close();
      try { await require('fs/promises').readFile(p('nope')); } catch (e) { console.log('rej', e.code, e.message.replace(dir, 'DIR')); }
      console.log(require('fs/promises') === fs.promises, require('node:fs') === fs);
      fs.rmSync(dir, { recursive: true });
      console.log(fs.existsSync(dir));
    });
  });
});
console.log('sync end');
