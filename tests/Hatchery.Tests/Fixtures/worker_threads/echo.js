// A worker answers each message it gets; the parent sends the next one after each answer, so the order is fixed.
// The worker prints nothing of its own: Node writes a worker's output asynchronously, in no fixed order with messages.
const { Worker, isMainThread, parentPort, threadId } = require('worker_threads');

if (isMainThread) {
  console.log('main', isMainThread, parentPort, threadId);
  const worker = new Worker(__filename);
  console.log('worker.threadId', worker.threadId);
  const inputs = ['hello', { n: 1, list: [1, 2, 3] }, new Map([['k', new Set([1])]])];
  worker.on('online', () => console.log('online'));
  worker.on('message', (m) => {
    console.log('parent got', m);
    if (inputs.length > 0) worker.postMessage(inputs.shift());
    else worker.postMessage('stop');
  });
  worker.on('exit', (code) => console.log('exit', code, worker.threadId));
  worker.postMessage(inputs.shift());
} else {
  parentPort.postMessage(['worker', isMainThread, threadId, typeof parentPort.postMessage]);
  parentPort.on('message', (m) => {
    if (m === 'stop') {
      parentPort.close();
      return;
    }
    parentPort.postMessage({ echo: m });
  });
}
