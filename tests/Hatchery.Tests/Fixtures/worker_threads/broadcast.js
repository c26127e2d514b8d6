// A BroadcastChannel reaches the same name in the parent and in its workers.
const { Worker, isMainThread, BroadcastChannel, workerData } = require('worker_threads');

if (isMainThread) {
  const channel = new BroadcastChannel('family');
  const seen = [];
  let exited = 0;
  channel.onmessage = (event) => {
    seen.push(event.data);
    if (seen.length === 2) {
      console.log(seen.sort());
      channel.postMessage('done');
    }
  };
  for (const id of ['a', 'b']) {
    const worker = new Worker(__filename, { workerData: id });
    worker.on('exit', (code) => {
      console.log('exit', code);
      if (++exited === 2) channel.close();
    });
  }
} else {
  const channel = new BroadcastChannel('family');
  channel.onmessage = (event) => {
    if (event.data === 'done') channel.close();
  };
  channel.postMessage(`hello from ${workerData}`);
}
