// qs: nested query strings; pulls in side-channel, get-intrinsic and object-inspect.
const qs = require('qs');
console.log(qs.parse('a[b][c]=d&e[]=1&e[]=2&f[0][g]=h&i=%E2%9C%93&j=a%2Cb&k'));
console.log(qs.parse('a=1&a=2&b.c=3&d=x,y', { allowDots: true, comma: true, duplicates: 'combine' }));
console.log(qs.parse('?x=1;y=2', { ignoreQueryPrefix: true, delimiter: ';' }), qs.parse('a[__proto__][b]=1'));
console.log(qs.stringify({ a: { b: ['c', 'd'] }, e: 'f g', h: null, i: undefined, j: new Date(Date.UTC(2020, 0, 1)) }));
console.log(qs.stringify({ a: ['b', 'c'] }, { arrayFormat: 'brackets', encodeValuesOnly: true }), qs.stringify({ a: ['b', 'c'] }, { arrayFormat: 'comma' }));
console.log(qs.stringify({ a: { b: 1 } }, { allowDots: true, addQueryPrefix: true }), qs.stringify({ s: 'ä' }, { charset: 'iso-8859-1' }));
const cycle = {}; cycle.self = cycle;
try { qs.stringify(cycle); } catch (e) { console.log(e.name, e.message); }
