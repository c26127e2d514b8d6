// async: control flow over callbacks, setImmediate and timers.
const async = require('async');
const order = [];
const delayed = (value, ms) => (cb) => setTimeout(() => { order.push(value); cb(null, value); }, ms);
async.parallel([delayed('a', 100), delayed('b', 1), delayed('c', 50)], (err, results) => {
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
  // x waits for z, so the order does not depend on how late a loaded machine fires timers.
  let zDone;
  const zFinished = new Promise((resolve) => { zDone = resolve; });
  const q = async.queue(async (task) => {
    await (task.name === 'x' ? zFinished : new Promise((r) => setTimeout(r, 1)));
    if (task.name === 'z') zDone();
    return task.name;
  }, 2);
  const seen = [];
  q.push([{ name: 'x' }, { name: 'y' }, { name: 'z' }], (err, name) => seen.push(name));
  await q.drain();
  console.log('queue', seen);
  const filtered = await async.filter([1, 2, 3, 4, 5, 6], async (n) => n % 2 === 0);
  console.log('filter', filtered);
  const total = await async.reduce([1, 2, 3], 10, async (memo, n) => memo + n);
  console.log('reduce', total);
  let tries = 0;
  const result = await async.retry({ times: 3, interval: 1 }, async () => { tries++; if (tries < 3) throw new Error('nope'); return 'ok after ' + tries; });
  console.log('retry', result);
  const timed = async.timeout((cb) => setTimeout(cb, 150), 5, 'slow');
  await new Promise((resolve) => timed((err) => { console.log('timeout', err.code, err.message); resolve(); }));
}
