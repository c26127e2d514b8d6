// fast-deep-equal: plain and ES6 (Map, Set, typed arrays) variants.
const equal = require('fast-deep-equal');
const equal6 = require('fast-deep-equal/es6');
console.log(equal({ a: [1, { b: 2 }], c: /x/g }, { a: [1, { b: 2 }], c: /x/g }), equal({ a: 1 }, { a: 1, b: undefined }));
console.log(equal(new Date(5), new Date(5)), equal(NaN, NaN), equal([1, 2], { 0: 1, 1: 2, length: 2 }));
console.log(equal6(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), equal6(new Set([1, 2]), new Set([2, 1])), equal6(new Set([1]), new Set([2])));
console.log(equal6(new Uint8Array([1, 2]), new Uint8Array([1, 2])), equal6(new Float32Array([1]), new Float32Array([2])));
