// An error the worker does not catch is the Worker's 'error' (a copy), then 'exit' with code 1.
const { Worker } = require('worker_threads');

function run(code, next) {
  const worker = new Worker(code, { eval: true });
  worker.on('message', (m) => console.log('message', m));
  worker.on('error', (e) => console.log('error', e instanceof Error, e.name, e.message, Object.prototype.toString.call(e)));
  worker.on('exit', (code) => {
    console.log('exit', code);
    if (next) next();
  });
}

run(`require('worker_threads').parentPort.postMessage('before'); throw new TypeError('boom');`, () =>
  run(`setTimeout(() => { throw new RangeError('later'); }, 1);`, () =>
    run(`Promise.reject(new Error('rejected'));`, () =>
      run(`throw 42;`))));
