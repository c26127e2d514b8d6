// enterWith sets the store for the rest of the synchronous code and what it queues; inside a callback it stays there.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => {
  console.log('first timer before', als.getStore());
  als.enterWith('first');
  console.log('first timer after', als.getStore());
  setTimeout(() => console.log('queued by first', als.getStore()), 1);
  Promise.resolve().then(() => console.log('then in first', als.getStore()));
}, 1);
setTimeout(() => console.log('second timer', als.getStore()), 1);
als.run('run', () => {
  als.enterWith('entered in run');
  console.log('in run', als.getStore());
  setTimeout(() => console.log('queued in run', als.getStore()), 2);
});
console.log('after run', als.getStore());
async function f() {
  als.enterWith('in async function');
  await null;
  console.log('async after await', als.getStore());
}
als.run('caller', () => {
  f();
  console.log('caller after f()', als.getStore());
});
