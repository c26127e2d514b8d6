// The store follows process.nextTick and queueMicrotask, in Node's order.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('tick', () => {
  process.nextTick((a, b) => {
    console.log('nextTick', als.getStore(), a, b);
    process.nextTick(() => console.log('tick in tick', als.getStore()));
    queueMicrotask(() => console.log('microtask in tick', als.getStore()));
  }, 1, 2);
});
als.run('microtask', () => {
  queueMicrotask(() => {
    console.log('queueMicrotask', als.getStore());
    als.run('inner', () => process.nextTick(() => console.log('tick in microtask', als.getStore())));
  });
});
process.nextTick(() => console.log('plain tick', als.getStore()));
queueMicrotask(() => console.log('plain microtask', als.getStore()));
als.enterWith('top');
process.nextTick(() => console.log('after top enterWith', als.getStore()));
