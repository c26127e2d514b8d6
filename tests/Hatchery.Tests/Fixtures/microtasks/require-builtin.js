// The first require of a built-in runs no promise callbacks in the middle of synchronous code.
Promise.resolve().then(() => console.log('A'));
process.nextTick(() => console.log('tick'));
require('querystring');
console.log('B');
Promise.resolve().then(() => console.log('C'));
require('node:events');
require('string_decoder');
console.log('D');
