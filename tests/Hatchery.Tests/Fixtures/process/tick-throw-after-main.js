// A nextTick callback after the main script throws and 'uncaughtException' takes it: the rest of the tick queue
// (and the promise jobs) wait for the next drain. A timer already due runs first; otherwise they run before the
// first immediate.
process.on('uncaughtException', (e) => {
  console.log('caught', e.message);
  process.nextTick(() => console.log('tick from handler'));
  Promise.resolve().then(() => console.log('promise from handler'));
});
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('t1'));
process.nextTick(() => {
  console.log('t2');
  throw new Error('tick');
});
process.nextTick(() => console.log('t3'));
Promise.resolve().then(() => console.log('p1'));
process.nextTick(() => console.log('t4'));
// The timer is surely due when the loop starts.
const until = Date.now() + 20;
while (Date.now() < until);
