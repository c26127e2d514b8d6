// A tick queued by an immediate throws: the next immediate runs before the rest of the ticks.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => {
  console.log('imm1');
  process.nextTick(() => {
    throw new Error('x');
  });
  process.nextTick(() => console.log('after tick'));
});
setImmediate(() => console.log('imm2'));
setImmediate(() => console.log('imm3'));
