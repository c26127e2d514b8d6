// AsyncLocalStorage.snapshot captures every storage's store, to run a function in them later.
const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
const snapshot = a.run('a1', () => b.run('b1', () => AsyncLocalStorage.snapshot()));
console.log(a.getStore(), b.getStore());
console.log(snapshot(() => [a.getStore(), b.getStore()]));
console.log(a.run('a2', () => snapshot((x, y) => [a.getStore(), b.getStore(), x, y], 1, 2)));
a.run('a3', () => {
  setTimeout(() => {
    snapshot(() => console.log('snapshot in a timer', a.getStore(), b.getStore()));
    console.log('timer store', a.getStore());
  }, 1);
});
const empty = AsyncLocalStorage.snapshot();
console.log(a.run('a4', () => empty(() => a.getStore())));
