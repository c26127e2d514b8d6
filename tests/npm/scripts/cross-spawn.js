// cross-spawn: spawn and spawn.sync through its command parsing (PATH lookup, shebangs, the ENOENT it reports).
const spawn = require('cross-spawn');

const sync = spawn.sync('echo', ['synchronous', 'call'], { encoding: 'utf8' });
console.log(sync.status, JSON.stringify(sync.stdout));
const viaShell = spawn.sync('sh', ['-c', 'echo "$0" | tr a-z A-Z', 'shouted'], { encoding: 'utf8' });
console.log(viaShell.status, JSON.stringify(viaShell.stdout));
const missing = spawn.sync('no-such-program-hatchery', ['x']);
console.log(missing.error.code, missing.error.syscall, missing.error.path, missing.error.spawnargs);

const child = spawn('cat', [], { stdio: ['pipe', 'pipe', 'inherit'] });
let text = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { text += chunk; });
child.on('close', (code, signal) => {
  console.log('cat', code, signal, JSON.stringify(text));
  const failing = spawn('no-such-program-hatchery', ['y']);
  failing.on('error', (err) => console.log('error', err.code, err.message, err.spawnargs));
  failing.on('close', (code2) => console.log('close', code2));
});
child.stdin.end('piped through cat\n');
