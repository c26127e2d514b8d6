// eval: true runs the string as code, with require, and its own workerData.
const { Worker } = require('worker_threads');

const code = `
const { parentPort, workerData, isMainThread } = require('worker_threads');
parentPort.postMessage({ sum: workerData.a + workerData.b, isMainThread, argv1: process.argv[1] });
`;
const worker = new Worker(code, { eval: true, workerData: { a: 2, b: 3 } });
worker.on('message', (m) => console.log('message', m));
worker.on('exit', (code) => console.log('exit', code));
