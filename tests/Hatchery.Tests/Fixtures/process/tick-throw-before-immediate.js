// With no timer due, the ticks a caught throw left run before the first immediate; a later timer waits.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.on('exit', () => console.log('exit'));
setTimeout(() => console.log('timeout'), 50);
setImmediate(() => console.log('immediate'));
process.nextTick(() => {
  throw new Error('a');
});
process.nextTick(() => console.log('t2'));
Promise.resolve().then(() => console.log('p'));
