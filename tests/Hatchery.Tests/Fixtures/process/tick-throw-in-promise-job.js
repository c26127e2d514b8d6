// A tick queued by a promise job throws: the jobs and ticks around it run in Node's order.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.on('unhandledRejection', (e) => console.log('unhandled', e.message));
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => {
    console.log('tA');
    throw new Error('in tick');
  });
  process.nextTick(() => console.log('tB'));
  Promise.resolve().then(() => console.log('p3'));
});
Promise.resolve().then(() => console.log('p2'));
process.nextTick(() => console.log('t0'));
Promise.reject(new Error('rejected'));
setImmediate(() => {
  console.log('immediate');
  process.nextTick(() => {
    throw new Error('imm tick');
  });
  process.nextTick(() => console.log('imm t2'));
  Promise.resolve().then(() => console.log('imm p'));
});
