// async: control flow over callbacks, setImmediate and timers.
const async = require('async');
const order = [];
const delayed = (value, ms) => (cb) => setTimeout(() => { order.push(value); cb(null, value); }, ms);
async.parallel([delayed('a', 20), delayed('b', 5), delayed('c', 10)], (err, results) => {
  console.log('parallel', err, results, order.join(''));
  async.series({ one: delayed(1, 5), two: delayed(2, 1) }, (err2, res) => {
    console.log('series', err2, res);
    async.mapLimit([1, 2, 3, 4, 5], 2, (n, cb) => setImmediate(() => cb(null, n * n)), (err3, squares) => {
      console.log('mapLimit', squares);
      async.waterfall([
        (cb) => cb(null, 3),
        (n, cb) => process.nextTick(() => cb(null, n + 4)),
        (n, cb) => cb(n > 5 ? new Error('too big: ' + n) : null, n),
      ], (err4, value) => {
        console.log('waterfall', err4 && err4.message, value);
        run().then(() => console.log('done'));
      });
    });
  });
});
async function run() {
  const q = async.queue(async (task) => { await new Promise((r) => setTimeout(r, task.ms)); return task.name; }, 2);
  const seen = [];
  q.push([{ name: 'x', ms: 15 }, { name: 'y', ms: 5 }, { name: 'z', ms: 1 }], (err, name) => seen.push(name));
  await q.drain();
  console.log('queue', seen);
  const filtered = await async.filter([1, 2, 3, 4, 5, 6], async (n) => n % 2 === 0);
  console.log('filter', filtered);
  const total = await async.reduce([1, 2, 3], 10, async (memo, n) => memo + n);
  console.log('reduce', total);
  let tries = 0;
  const result = await async.retry({ times: 3, interval: 1 }, async () => { tries++; if (tries < 3) throw new Error('nope'); return 'ok after ' + tries; });
  console.log('retry', result);
  const timed = async.timeout((cb) => setTimeout(cb, 50), 5, 'slow');
  await new Promise((resolve) => timed((err) => { console.log('timeout', err.code, err.message); resolve(); }));
}
