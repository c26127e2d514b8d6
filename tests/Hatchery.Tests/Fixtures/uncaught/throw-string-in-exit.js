// A string thrown inside a process.on('exit') handler.
process.on('exit', () => {
  throw 'exit string';
});
