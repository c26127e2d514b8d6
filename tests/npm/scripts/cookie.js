// cookie: parse and serialize HTTP cookie headers.
const cookie = require('cookie');
console.log(cookie.parse('foo=bar; equation=E%3Dmc%5E2; quoted="a b"; bad=%E0%A4%A; dup=1; dup=2'));
console.log(cookie.parse('a=1;b=2', { decode: (v) => v.toUpperCase() + '!' }));
console.log(cookie.serialize('session', 'a b;c', {
  httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: 3600,
  expires: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)), domain: 'example.com', priority: 'high', partitioned: true,
}));
try { cookie.serialize('bad name', 'x'); } catch (e) { console.log(e.name, e.message); }
try { cookie.serialize('n', 'v', { maxAge: 'x' }); } catch (e) { console.log(e.name, e.message); }
