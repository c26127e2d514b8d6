// process.exit(n) in a worker ends the worker only; its exit listeners run; the parent goes on.
const { Worker } = require('worker_threads');

const worker = new Worker(`
const { parentPort } = require('worker_threads');
process.on('exit', (code) => parentPort.postMessage('worker exit listener ' + code));
parentPort.postMessage('before');
process.exit(7);
parentPort.postMessage('never');
`, { eval: true });
worker.on('message', (m) => console.log(m));
worker.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('parent still running'), 5);
});
