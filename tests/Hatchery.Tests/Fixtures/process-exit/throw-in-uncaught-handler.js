// A throw inside an 'uncaughtException' handler ends the process with code 7.
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', (error) => {
  console.log('handler', error.message);
  throw new Error('handler failed');
});
setTimeout(() => { throw new Error('first'); }, 0);
