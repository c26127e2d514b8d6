// kill(signal): the child ends by the signal, which exit and close report, and exitCode stays null.
const { spawn } = require('child_process');

const child = spawn('sleep', ['30']);
child.on('spawn', () => {
  console.log('kill returns', child.kill('SIGTERM'), child.killed);
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, child.exitCode, child.signalCode);
});
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  const second = spawn('sleep', ['30']);
  second.on('exit', (code2, signal2) => console.log('exit', code2, signal2));
  second.kill();
  const third = spawn('sleep', ['30']);
  third.on('exit', (code3, signal3) => console.log('exit', code3, signal3));
  setTimeout(() => third.kill('SIGKILL'), 50);
  try {
    third.kill('SIGNOPE');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
