// fast-json-stable-stringify: sorted keys, custom comparator, cycles.
const stringify = require('fast-json-stable-stringify');
console.log(stringify({ c: 8, b: [{ z: 6, y: 5, x: 4 }, 7], a: 3 }), stringify({ a: 1, b: 2 }, (a, b) => (a.key < b.key ? 1 : -1)));
const o = { a: 1 }; o.o = o;
console.log(stringify(o, { cycles: true }), stringify({ d: new Date(0), u: undefined, f() {} }));
try { stringify(o); } catch (e) { console.log(e.constructor.name); }
