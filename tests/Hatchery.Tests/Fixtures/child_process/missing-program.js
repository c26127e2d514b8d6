// A program that does not exist: the error of spawn, spawnSync, execFileSync and execFile.
const { spawn, spawnSync, execFileSync, execFile, exec } = require('child_process');

function show(label, err) {
  console.log(label, err instanceof Error, err.message);
  console.log(' ', err.errno, err.code, err.syscall, err.path, err.spawnargs);
}

const result = spawnSync('no-such-program-hatchery', ['a', 'b']);
show('spawnSync', result.error);
console.log(' ', result.status, result.signal, result.pid, result.stdout, result.output);

try {
  execFileSync('no-such-program-hatchery', ['x']);
} catch (err) {
  show('execFileSync', err);
}

const child = spawn('no-such-program-hatchery', ['c']);
console.log('pid', child.pid);
child.on('error', (err) => {
  show('spawn error', err);
});
child.on('close', (code, signal) => {
  console.log('spawn close', code, signal);
  execFile('no-such-program-hatchery', ['d'], (err, stdout, stderr) => {
    show('execFile', err);
    console.log(' ', JSON.stringify(stdout), JSON.stringify(stderr), err.cmd);
    exec('no-such-program-hatchery --flag', (err2, out2, errText) => {
      console.log('exec', err2.code, err2.killed, err2.signal, err2.cmd, JSON.stringify(out2));
      console.log(' ', errText.includes('no-such-program-hatchery'));
    });
  });
});
