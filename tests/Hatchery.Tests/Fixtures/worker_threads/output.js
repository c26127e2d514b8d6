// A worker's console and process.stdout/stderr reach the parent's, before the worker's 'exit'.
const { Worker, isMainThread } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('exit', (code) => console.log('exit', code));
} else {
  console.log('log from the worker');
  console.error('error from the worker');
  process.stdout.write('stdout write\n');
  console.log('%s and %d', 'format', 42, { nested: { a: [1, 2] } });
}
