// Inside a promise callback, a require does not run the callbacks queued behind it before it returns.
Promise.resolve().then(() => {
  Promise.resolve().then(() => console.log('inner'));
  require('./helper.cjs');
  require('os');
  console.log('after require');
});
Promise.resolve().then(() => console.log('second'));
setTimeout(() => {
  Promise.resolve().then(() => console.log('timer microtask'));
  require('assert');
  console.log('timer body');
}, 0);
