// The legacy url API: parse, format, resolve, resolveObject, and the file-URL and domain helpers.
const url = require('url');
const show = (x) => console.log(JSON.stringify(x));
console.log(Object.keys(url).join(','));
for (const s of ['http://a.com/b/c?d=1#e', '//host/x', '/p?q', 'mailto:a@b.c', 'javascript:alert(1)', 'HTTP://X.COM',
  'a b/c d?e f#g h', 'http://a@b@c/d', 'http://[::1]:80/x', 'http://ex.com:/', 'file:///etc/passwd', 'http://a.com\\b\\c?x\\y',
  'x:y', 'http://a_b.com/x', 'http://user:pw@Host.com:8080/p/a/t/h?query=string#hash', '?only=query', '#frag', ''])
  show(url.parse(s));
show(url.parse('//host/x', false, true));
show(url.parse('/p?a=1&a=2&b', true).query);
show(url.parse('/p', true).query);
console.log(url.parse('http://x/') instanceof url.Url);
show(url.format({ protocol: 'http', hostname: 'a.com', port: 8, pathname: 'x y#?', query: { a: [1, 2], b: 'c d' }, hash: 'h' }));
show(url.format({ protocol: 'mailto', auth: 'a:b c', host: 'h.com', search: 'q#x' }));
show(url.format({ protocol: 'file', pathname: '/etc' }));
show(url.format({ hostname: '::1', port: 80, pathname: '/' }));
show(url.format('http://A.com/a b'));
show(url.format(new URL('http://u:p@xn--espaol-zwa.com/a?b#c'), { auth: false, fragment: false, search: false, unicode: true }));
show(url.format(new URL('http://u:p@h.com/a?b#c')));
for (const [a, b] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', '//g/x'],
  ['http://a/b/c/d;p?q', 'https:x'], ['http://a/b/c/d;p?q', '../../../../g'], ['http://a/b/c/d;p?q', ''],
  ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', 'ftp://other/x']])
  show(url.resolve(a, b));
show(url.resolveObject('http://a/b/c', 'd').href);
for (const call of [() => url.format(5), () => url.parse(5), () => url.fileURLToPath('http://x'),
  () => url.fileURLToPath('file://x/a'), () => url.fileURLToPath('file:///a%2fb'), () => url.pathToFileURL(5)]) {
  try { call(); } catch (e) { console.log(e.name, e.code, e.message); }
}
show(url.urlToHttpOptions(new URL('https://u:p@a.com:99/x?y#z')));
show(url.urlToHttpOptions(new URL('http://[::1]/')));
show(url.fileURLToPath('file:///a%20b/c%C3%A9'));
show(url.fileURLToPath(new URL('file://localhost/x')));
show(url.pathToFileURL('/tmp/a b#?%\\x/').href);
show(url.pathToFileURL('/tmp/é\n').href);
console.log(url.pathToFileURL('/x') instanceof URL, url.URL === URL, url.URLSearchParams === URLSearchParams);
show([url.domainToASCII('español.com'), url.domainToASCII('EXAMPLE.com'), url.domainToASCII('xn--iñvalid.com'),
  url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('example.com')]);
