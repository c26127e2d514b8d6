// flat: flatten and unflatten nested objects with options.
const { flatten, unflatten } = require('flat');
console.log(JSON.stringify(flatten({ a: { b: { c: 1 } }, arr: [1, { x: 2 }], e: {} })), JSON.stringify(flatten({ a: { b: 1 } }, { delimiter: ':' })));
console.log(JSON.stringify(unflatten({ 'a.b.c': 1, 'x.0': 'y', 'x.1': 'z' })), JSON.stringify(unflatten({ 'a.0': 1 }, { object: true })), JSON.stringify(flatten({ a: [1, [2]] }, { safe: true })));
