// setInterval from timers/promises: break ends it, return() ends it, ticks missed while busy are delivered.
const { setInterval: every, setTimeout: sleep } = require('timers/promises');

async function main() {
  let n = 0;
  for await (const startedAt of every(5, 'value')) {
    console.log('tick', ++n, startedAt);
    if (n === 3) break;
  }

  const iterator = every(5);
  console.log(await iterator.next());
  console.log(await iterator.return('bye'));
  console.log(await iterator.next());

  // A tick that passed while the consumer was busy is delivered at once, without waiting for the next interval.
  // (The interval timer was due before the sleep's, so at least one tick has passed however slow the machine.)
  const busy = every(5, 'b');
  await busy.next();
  await sleep(40);
  const order = [];
  setImmediate(() => order.push('immediate'));
  order.push(`queued tick ${(await busy.next()).value}`);
  await new Promise((resolve) => setImmediate(resolve));
  console.log(order.join(', '));
  console.log(await busy.next());
  await busy.return();

  await every('5').next().catch((e) => console.log('string delay', e.code, e.message));
  for (const bad of [null, 'x', [], { ref: 'no' }, { signal: 1 }]) {
    try {
      await every(5, 1, bad).next();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  console.log('done');
}
main();
