// terminate() stops a worker in an endless loop; its promise gives the exit code; a second call finds it gone.
const { Worker } = require('worker_threads');

const worker = new Worker(`
require('worker_threads').parentPort.postMessage('looping');
for (;;) {}
`, { eval: true });
worker.on('exit', (code) => console.log('exit event', code));
worker.on('message', async (m) => {
  console.log(m);
  const code = await worker.terminate();
  console.log('terminated', code);
  console.log('again', await worker.terminate());
});
