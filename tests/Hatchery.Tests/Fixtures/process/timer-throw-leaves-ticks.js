// A timer callback queues a tick and a promise job, then throws: they run before the immediate it queued.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => {
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  throw new Error('timer');
}, 0);
