// Many messages each way arrive in the order they were sent.
const { Worker } = require('worker_threads');

const worker = new Worker(`
const { parentPort } = require('worker_threads');
const got = [];
parentPort.on('message', (m) => {
  got.push(m);
  if (m === 99) {
    for (let i = 0; i < 100; i++) parentPort.postMessage(i);
    parentPort.postMessage(got.every((v, i) => v === i) ? 'worker saw order' : 'worker saw disorder');
    parentPort.close();
  }
});
`, { eval: true });
const received = [];
worker.on('message', (m) => {
  if (typeof m === 'string') console.log(m, received.length, received.every((v, i) => v === i));
  else received.push(m);
});
worker.on('exit', (code) => console.log('exit', code));
for (let i = 0; i < 100; i++) worker.postMessage(i);
