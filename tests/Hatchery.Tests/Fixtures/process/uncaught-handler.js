process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => console.log('loop continues'), 5);
process.on('exit', (code) => console.log('exit', code));
