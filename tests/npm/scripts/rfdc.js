// rfdc: deep clone of objects, arrays, dates, maps, with and without circular support.
const clone = require('rfdc')();
const src = { a: [1, { b: 2 }], d: new Date(0), m: new Map([['k', { v: 1 }]]), s: new Set([1]) };
const c = clone(src); c.a[1].b = 3;
console.log(src.a[1].b, c.a[1].b, c.d instanceof Date && c.d !== src.d, c.m.get('k').v, c.s.has(1));
const circ = { x: 1 }; circ.self = circ;
const cc = require('rfdc')({ circles: true })(circ);
console.log(cc.self === cc, cc !== circ, JSON.stringify(require('rfdc')({ proto: true })({ n: [1, 2] })));
