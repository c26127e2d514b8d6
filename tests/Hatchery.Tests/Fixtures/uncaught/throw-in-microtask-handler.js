// An uncaughtException listener that throws on a queueMicrotask error ends the run with code 7.
process.on('uncaughtException', (e) => {
  throw new Error('inner ' + e.message);
});
queueMicrotask(() => {
  throw new Error('boom');
});
