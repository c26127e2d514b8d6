// object-hash: stable hashes of objects regardless of key order, algorithms, options.
const hash = require('object-hash');
console.log(hash({ foo: 'bar', a: [1, 2] }) === hash({ a: [1, 2], foo: 'bar' }), hash({ foo: 'bar' }), hash({ foo: 'bar' }, { algorithm: 'md5' }));
console.log(hash([3, 1, 2], { unorderedArrays: true }) === hash([1, 2, 3], { unorderedArrays: true }), hash.sha1({ d: new Date(0), n: null }), hash.keys({ a: 1, b: 2 }));
