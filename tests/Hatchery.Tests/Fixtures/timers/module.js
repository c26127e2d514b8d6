// require('timers') and 'node:timers' hand out the same functions as the globals, and timers.promises.
const timers = require('timers');
console.log(timers === require('node:timers'));
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(name, typeof timers[name], timers[name] === globalThis[name]);
}
console.log(timers.promises === require('timers/promises'), timers.promises === require('node:timers/promises'));

const order = [];
// A timeout racing the immediate would make the order depend on how long the main script takes.
timers.setTimeout((a, b) => console.log(`timeout ${a} ${b}`), 1, 'x', 'y');
timers.setImmediate((a) => order.push(`immediate ${a}`), 'z');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
const cancelled = timers.setTimeout(() => order.push('never'), 1);
timers.clearTimeout(cancelled);
const cancelledImmediate = timers.setImmediate(() => order.push('never immediate'));
timers.clearImmediate(cancelledImmediate);
let count = 0;
const interval = timers.setInterval(() => {
  order.push(`interval ${++count}`);
  if (count === 3) {
    timers.clearInterval(interval);
    console.log(order.join('\n'));
  }
}, 10);
