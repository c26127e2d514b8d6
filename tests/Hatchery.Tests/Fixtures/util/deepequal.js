const { isDeepStrictEqual } = require('util');
const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [null, undefined], ['a', 'a'],
  [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }], [{ a: 1 }, { a: 1, b: undefined }], [[1, 2], [1, 2]], [[1, 2], [2, 1]],
  [[1, , 3], [1, undefined, 3]], [new Date(5), new Date(5)], [new Date(5), new Date(6)], [/a/g, /a/g], [/a/g, /a/i],
  [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Set([1]), new Set(['1'])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [Object.create(null), {}], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [Object(1), Object(1)], [Object(1), 1], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }],
  [{ [Symbol.for('s')]: 1 }, {}], [() => {}, () => {}], [[{ a: [{ b: 1 }] }], [{ a: [{ b: 1 }] }]],
];
const a = { x: 1 }; a.self = a;
const b = { x: 1 }; b.self = b;
cases.push([a, b]);
console.log(cases.map(([x, y]) => isDeepStrictEqual(x, y) ? 'T' : 'F').join(''));
