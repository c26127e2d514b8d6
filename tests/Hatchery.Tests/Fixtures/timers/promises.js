// timers/promises: values, ordering against callbacks, ref: false, and option validation.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate } = tp;
console.log(Object.keys(tp).join(','));
console.log(typeof tp.setInterval(1)[Symbol.asyncIterator]);

// Scheduled from inside a timer callback, immediates run before new timers in Node, whatever the timing.
const order = [];
setTimeout(() => {
  setTimeout(() => order.push('callback timeout 0'), 0);
  sleep(0, 'p0').then((v) => order.push(`promise timeout ${v}`));
  immediate('imm').then((v) => order.push(`promise immediate ${v}`));
  setImmediate(() => order.push('callback immediate'));
}, 0);

async function main() {
  console.log(await sleep(10, 'ten'));
  console.log(await immediate());
  console.log('no value:', await sleep(1));
  console.log(order.join('\n'));

  // An unreferenced timer does not keep the process alive; the referenced one here does.
  sleep(100000, 'never', { ref: false }).then(() => console.log('unref timer fired'));

  for (const options of [null, 'x', { signal: 'nope' }, { ref: 1 }, { signal: {} }]) {
    try {
      await sleep(1, undefined, options);
      console.log('resolved');
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  try {
    await immediate(1, 5);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  // Bad options reject rather than throw, so callers only ever see a promise.
  const calls = [
    ['timeout null', () => sleep(1, 1, null)], ['timeout array', () => sleep(1, 1, [])],
    ['immediate array', () => immediate(1, [])], ['immediate signal', () => immediate(1, { signal: 1 })],
    ['wait ref', () => require('timers/promises').scheduler.wait(1, { ref: 'x' })],
  ];
  for (const [label, call] of calls) {
    let promise;
    try {
      promise = call();
    } catch (error) {
      console.log(label, 'threw', error.message);
      continue;
    }
    await promise.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e.message));
  }
  // Out-of-range delays are 1 ms, as for setTimeout.
  console.log(await sleep(-5, 'negative'), await sleep(NaN, 'nan'), await sleep(undefined, 'undefined'));
  await sleep('2').catch((e) => console.log('string delay', e.code, e.message));
}
main();
