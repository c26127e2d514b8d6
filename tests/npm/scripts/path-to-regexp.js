// path-to-regexp: route patterns to regular expressions, matching and compiling.
const { pathToRegexp, match, compile, parse } = require('path-to-regexp');
const keys = [];
const re = pathToRegexp('/user/:id(\\d+)/:tab?', keys);
console.log(re.source, re.flags, keys.map((k) => k.name + (k.modifier || '')));
const m = match('/files/:path*', { decode: decodeURIComponent });
console.log(m('/files/a/b%20c.txt'), m('/nope'));
console.log(match('/user/:id')('/user/42'), match('/:a-:b')('/x-y'));
const toPath = compile('/user/:id/:rest*', { encode: encodeURIComponent });
console.log(toPath({ id: 'a b', rest: ['x', 'y'] }), toPath({ id: 7 }));
try { toPath({}); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(parse('/a/:b/(.*)')));
