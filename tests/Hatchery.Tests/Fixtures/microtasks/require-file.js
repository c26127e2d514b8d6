// Requiring a file runs no promise callbacks in the middle of synchronous code.
Promise.resolve().then(() => console.log('A'));
require('./helper.cjs');
console.log('B');
queueMicrotask(() => console.log('C'));
require('./helper.cjs');
console.log('D');
