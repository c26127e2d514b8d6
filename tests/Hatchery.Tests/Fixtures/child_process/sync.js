// The sync forms: output as a Buffer or a string, exit statuses, shells, and the error of a failed call.
const { execFileSync, execSync, spawnSync } = require('child_process');

const echoed = execFileSync('/bin/echo', ['hello', 'world']);
console.log(Buffer.isBuffer(echoed), JSON.stringify(echoed.toString()));
console.log(JSON.stringify(execFileSync('echo', ['as text'], { encoding: 'utf8' })));
console.log(JSON.stringify(execSync('echo $((1 + 2)) "$0"').toString()));
console.log(JSON.stringify(execSync('echo in a shell', { encoding: 'utf8' })));

const exited = spawnSync('/bin/sh', ['-c', 'exit 3']);
console.log(exited.status, exited.signal, exited.pid > 0, exited.output.length, exited.output[0]);
console.log(exited.stdout, exited.stderr);

const both = spawnSync('/bin/sh', ['-c', 'echo out; echo err >&2'], { encoding: 'utf8' });
console.log(both.output, both.status);

const noShell = spawnSync('echo', ['$HOME', '*'], { encoding: 'utf8' });
console.log(JSON.stringify(noShell.stdout));
const shell = spawnSync('echo', ['$((2 * 21))'], { encoding: 'utf8', shell: true });
console.log(JSON.stringify(shell.stdout));

for (const run of [
  () => execFileSync('/bin/sh', ['-c', 'echo partial; echo broken >&2; exit 4']),
  () => execSync('exit 5', { stdio: 'pipe' }),
  () => execSync('echo oops >&2; exit 6', { encoding: 'utf8', stdio: 'pipe' }),
]) {
  try {
    run();
  } catch (err) {
    console.log(err instanceof Error, JSON.stringify(err.message));
    console.log(err.status, err.signal, String(err.stdout), String(err.stderr), err.output.length, Object.keys(err));
  }
}
