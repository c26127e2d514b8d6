// url-parse: parsing, query parsing, relative resolution, set.
const Url = require('url-parse');
const u = new Url('https://user:pass@sub.example.com:8080/p/a/t/h?query=string&a=1#hash', true);
console.log(u.protocol, u.username, u.host, u.port, u.pathname, JSON.stringify(u.query), u.hash, u.origin);
u.set('pathname', '/new path'); u.set('query', { b: '2 3' });
console.log(u.toString(), new Url('../up?x', 'http://a.com/b/c/d').href, Url.qs.stringify({ k: 'v w' }));
