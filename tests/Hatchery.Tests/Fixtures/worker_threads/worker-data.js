// workerData arrives as a structured clone; argv and env options; a transferred ArrayBuffer is detached in the parent.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

if (isMainThread) {
  console.log('main workerData', workerData);
  const buffer = new Uint8Array([1, 2, 3]).buffer;
  const data = { text: 'hi', date: new Date(0), nested: { big: 10n, list: [undefined, null, -0] }, buffer };
  data.self = data;
  const worker = new Worker(__filename, { workerData: data, transferList: [buffer], argv: ['one', 2], env: { ONLY: 'this' } });
  console.log('detached', buffer.byteLength);
  worker.on('message', (m) => console.log(m));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage({
    workerData,
    cyclic: workerData.self === workerData,
    bytes: [...new Uint8Array(workerData.buffer)],
    argv: process.argv.slice(2),
    env: process.env,
  });
}
