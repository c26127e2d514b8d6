// What the Worker constructor refuses.
const { Worker } = require('worker_threads');

for (const args of [['worker.js'], [42], [{}, { eval: true }], ['./x.js', { argv: 'no' }]]) {
  try {
    new Worker(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
