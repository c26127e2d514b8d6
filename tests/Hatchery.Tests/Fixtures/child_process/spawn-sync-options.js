// spawnSync's options: input (string, Buffer), cwd, env, stdio, timeout, maxBuffer, encoding.
const { spawnSync, execFileSync } = require('child_process');

console.log(spawnSync('cat', { input: 'from a string' }).stdout.toString());
console.log(spawnSync('cat', [], { input: Buffer.from([104, 105]), encoding: 'utf8' }).stdout);
console.log(execFileSync('cat', { input: 'via execFileSync', encoding: 'latin1' }));
console.log(spawnSync('pwd', { cwd: '/tmp', encoding: 'utf8' }).stdout.trim());
console.log(spawnSync('/bin/sh', ['-c', 'echo "$ONLY_THIS" "${HOME:-no home}"'], {
  env: { ONLY_THIS: 'set' },
  encoding: 'utf8',
}).stdout.trim());

const ignored = spawnSync('/bin/sh', ['-c', 'echo hidden; echo shown >&2'], { stdio: ['pipe', 'ignore', 'pipe'] });
console.log(ignored.stdout, ignored.stderr.toString().trim(), ignored.output.length, ignored.output[1]);
const ignoredAll = spawnSync('/bin/echo', ['x'], { stdio: 'ignore' });
console.log(ignoredAll.stdout, ignoredAll.stderr, ignoredAll.status);

const slow = spawnSync('sleep', ['5'], { timeout: 100 });
console.log(slow.status, slow.signal, slow.error.code, slow.error.message, slow.error.syscall, slow.error.errno);

const big = spawnSync('/bin/sh', ['-c', 'echo 0123456789abcdef; exec sleep 5'], { maxBuffer: 8, encoding: 'utf8' });
console.log(big.status, big.signal, big.error.code, big.error.message, JSON.stringify(big.stdout));

try {
  execFileSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
} catch (err) {
  console.log(err.code, err.signal, err.status, err.message);
}
