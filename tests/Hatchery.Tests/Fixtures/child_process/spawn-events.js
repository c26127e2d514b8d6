// spawn: a ChildProcess whose stdio are streams, and the order of its events.
const { spawn, ChildProcess } = require('child_process');
const { Readable, Writable } = require('stream');
const EventEmitter = require('events');

const child = spawn('cat');
console.log(child instanceof ChildProcess, child instanceof EventEmitter, typeof child.pid);
console.log(child.stdout instanceof Readable, child.stderr instanceof Readable, child.stdin instanceof Writable);
console.log(child.exitCode, child.signalCode, child.killed, child.stdio.length);
const events = [];
child.on('spawn', () => events.push('spawn'));
child.stdout.setEncoding('utf8');
let text = '';
child.stdout.on('data', (chunk) => { text += chunk; });
child.stdout.on('end', () => events.push('stdout end'));
child.on('exit', (code, signal) => {
  events.push(`exit ${code} ${signal}`);
  console.log('exitCode', child.exitCode, child.signalCode);
});
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  // 'spawn' comes first and 'close' last; the end of stdout and the exit may come in either order.
  console.log(events[0], '|', events.slice(1, -1).sort().join(', '), '|', events[events.length - 1]);
  console.log(JSON.stringify(text));
  second();
});
child.stdin.write('line one\n');
child.stdin.end('line two\n');

function second() {
  const sh = spawn('/bin/sh', ['-c', 'echo to stderr >&2; exit 9'], { stdio: ['ignore', 'pipe', 'pipe'] });
  console.log(sh.stdin, sh.stdio[0]);
  const chunks = [];
  sh.stderr.on('data', (chunk) => chunks.push(chunk));
  sh.on('close', (code, signal) => {
    console.log('sh close', code, signal, Buffer.concat(chunks).toString().trim(), sh.exitCode);
    const inherited = spawn('/bin/echo', ['inherited output'], { stdio: 'inherit' });
    console.log(inherited.stdout, inherited.stderr);
    inherited.on('close', (code2) => console.log('inherited close', code2));
  });
}
