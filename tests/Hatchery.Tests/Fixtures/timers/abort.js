// timers/promises with AbortSignal: already aborted, aborted while waiting, custom reasons, listener cleanup.
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');

function show(label, error) {
  console.log(label, error.name, error.code, error.message, error instanceof Error,
    error.cause === undefined ? 'no cause' : (error.cause && error.cause.name) || String(error.cause));
}

async function main() {
  const pre = new AbortController();
  pre.abort();
  await sleep(10, 'x', { signal: pre.signal }).catch((e) => show('pre-aborted timeout', e));
  await immediate('x', { signal: pre.signal }).catch((e) => show('pre-aborted immediate', e));

  const reasoned = AbortSignal.abort('my reason');
  await sleep(10, 'x', { signal: reasoned }).catch((e) => show('reason', e));

  const ac = new AbortController();
  const started = Date.now();
  const pending = sleep(100000, 'x', { signal: ac.signal });
  setTimeout(() => ac.abort(new Error('stop')), 5);
  await pending.catch((e) => show('while waiting', e));
  console.log('aborted quickly:', Date.now() - started < 5000);

  const ac2 = new AbortController();
  const imm = immediate('v', { signal: ac2.signal });
  ac2.abort();
  await imm.catch((e) => show('immediate', e));

  // A settled timer removes its abort listener; aborting afterwards changes nothing.
  const ac3 = new AbortController();
  let calls = 0;
  ac3.signal.addEventListener('abort', () => calls++);
  console.log(await sleep(1, 'done', { signal: ac3.signal }));
  ac3.abort();
  console.log('listener calls', calls);

  // Ordering of rejections and listeners on the same signal.
  const ac4 = new AbortController();
  const log = [];
  ac4.signal.addEventListener('abort', () => log.push('listener before'));
  const a = sleep(1000, 'a', { signal: ac4.signal }).catch(() => log.push('a rejected'));
  const b = immediate('b', { signal: ac4.signal }).catch(() => log.push('b rejected'));
  ac4.signal.addEventListener('abort', () => log.push('listener after'));
  ac4.abort();
  log.push('after abort()');
  await Promise.all([a, b]);
  console.log(log.join(', '));

  // setInterval as an async iterator, stopped by abort.
  const ac5 = new AbortController();
  let n = 0;
  try {
    for await (const value of every(5, 'tick', { signal: ac5.signal })) {
      console.log(value, ++n);
      if (n === 3) ac5.abort();
    }
  } catch (e) {
    show('interval', e);
  }
  const iterator = every(5, 'x', { signal: pre.signal });
  await iterator.next().catch((e) => show('interval pre-aborted', e));
  console.log(await iterator.next());
}
main();
