// scheduler.wait and scheduler.yield.
const { scheduler } = require('timers/promises');

async function main() {
  console.log(typeof scheduler.wait, typeof scheduler.yield, Object.prototype.toString.call(scheduler));
  const order = [];
  setImmediate(() => order.push('immediate callback'));
  const y = scheduler.yield().then((v) => order.push(`yield ${v}`));
  Promise.resolve().then(() => order.push('microtask'));
  await y;
  order.push('after yield');
  console.log(order.join(', '));

  console.log(await scheduler.wait(5));
  const ac = new AbortController();
  const waiting = scheduler.wait(10000, { signal: ac.signal });
  ac.abort();
  await waiting.catch((e) => console.log(e.name, e.code, e.message));

  try {
    new scheduler.constructor();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    scheduler.wait.call({}, 1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
main();
