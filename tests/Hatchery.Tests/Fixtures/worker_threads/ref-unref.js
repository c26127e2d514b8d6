// An unref'd worker does not keep the parent alive; a ref'd one does until it exits.
const { Worker } = require('worker_threads');

const kept = new Worker(`setTimeout(() => require('worker_threads').parentPort.postMessage('kept done'), 20);`, { eval: true });
kept.unref();
kept.ref();
kept.on('message', (m) => console.log(m));
kept.on('exit', (code) => console.log('kept exit', code));
const loose = new Worker(`setTimeout(() => {}, 100000);`, { eval: true });
loose.unref();
loose.on('exit', () => console.log('never: the parent ends first'));
process.on('exit', () => console.log('parent exit'));
