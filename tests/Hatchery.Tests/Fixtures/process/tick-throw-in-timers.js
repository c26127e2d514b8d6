// A tick queued by the last due timer throws: the rest of the ticks and the promise jobs run before immediates
// and later timers. (Two timers due together are left out: which of the second timer and the ticks runs first
// varies from run to run in Node.)
process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => {
  console.log('timeout1');
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout2'), 20);
  process.nextTick(() => {
    throw new Error('t1');
  });
  process.nextTick(() => console.log('after tick'));
  Promise.resolve().then(() => console.log('promise'));
}, 0);
