let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  setTimeout(() => console.log('never: timers do not run after exit'), 0);
});
process.exitCode = 3;
console.log('main done');
