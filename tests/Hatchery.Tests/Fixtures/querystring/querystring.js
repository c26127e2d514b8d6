// querystring: parse with arrays, separators, maxKeys and decoders; stringify; escape and unescape.
const qs = require('querystring');
const show = (...x) => console.log(JSON.stringify(x));
show(qs.parse('&&a=1&=&=x&b&a=2&a=3&c=%E4%BD%A0+%zz&d=a=b'));
show(qs.parse('a:1;b:2;a:3', ';', ':'));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2&c=3', '&', '=', { maxKeys: 0 }));
show(qs.parse('a=%41&B=%42', null, null, { decodeURIComponent: (s) => s.toLowerCase() }));
show(qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
show(qs.parse('a=%E4%BD&b=%'));
show(qs.parse('sep==x==y', '==', '=='));
show(qs.parse('constructor=1&__proto__=2&hasOwnProperty=3'));
show(qs.parse(''), qs.parse(5), qs.parse(null));
show(Object.getPrototypeOf(qs.parse('a=1')));
show(qs.stringify({ a: [1, 2], b: 'x y!\'()*~', c: true, d: null, e: undefined, f: {}, g: NaN, h: 10n, 'k k': '', i: -1.5, j: Infinity }));
show(qs.stringify({ a: 1, b: 2 }, ';', ':'));
show(qs.stringify({ a: 'é', b: ['x', 'y'] }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
show(qs.stringify('abc'), qs.stringify(null), qs.stringify([5, 6]), qs.stringify({}));
show(qs.encode({ x: 'y z' }), qs.decode('x=y+z'));
show(qs.escape('a b&c/é€😀'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }));
show(qs.unescape('a%20b+%zz%E4%BD%A0'), qs.unescape('%E4%BD'), qs.unescape('a+b', true), qs.unescape('%'));
show([...qs.unescapeBuffer('a%20b+%E2%82%AC', true)]);
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(qs).join(','), qs.decode === qs.parse, qs.encode === qs.stringify);
const original = qs.unescape;
qs.unescape = (s) => '[' + original(s) + ']';
show(qs.parse('a=b'));
qs.unescape = original;
