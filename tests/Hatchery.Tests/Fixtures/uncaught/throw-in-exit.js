// A throw inside a process.on('exit') handler.
process.on('exit', () => {
  throw new Error('in exit');
});
console.log('done');
