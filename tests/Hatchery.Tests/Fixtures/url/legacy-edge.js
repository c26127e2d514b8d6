// More legacy url.parse and url.resolve inputs: hosts with stray colons, odd schemes, whitespace, relative bases.
const url = require('url');
for (const s of ['http://ex ample.com/x', 'http://a.com:8080', 'http://a.com:abc/x', 'HTTP://USER@A.COM', 'http://a.com?x', 'http://a.com#y',
  'https://[2001:db8::1]:443/p?q', 'ftp://ftp.x.org/pub', 'file://C:/x', 'file:/x', 'mailto:x', 'tel:+1234', 'http://a.com/%zz', 'http://a.com/ü?ü#ü',
  'http://x.com/a{b}|c^d`e', '  http://trim.com/  ', 'http://x.com\\y', '//a@b/c', 'http:/x', 'http:x.com/y', 'git+ssh://git@github.com:org/r.git',
  'http://a.com/p;param?q', 'http://ÜBER.com/', 'http://a..b/', 'http://-a.com/', 'http://a.com.', 'http://a_b:c@d/', 'javascript://x/%0aalert',
  'http://x.com/a b', 'HTTP://x.COM/A', 'http://x.com:/p', 'http://localhost:3000/api?x=1&y=2#h', 'xmpp:user@host', 'x://y@z:1/w'])
  console.log(JSON.stringify(url.parse(s, true)));
for (const [a, b] of [['http://a/b/c', '../../../x'], ['/a/b', '../../../x'], ['a/b', '../c'], ['http://a/b', 'mailto:x'],
  ['http://a/b?q', ''], ['http://a/b#f', ''], ['http://u:p@a/b', '/c'], ['http://a/b', '//u:p@c/d'], ['http://a', 'b'], ['http://a/b/', '.'], ['http://a/b/', '..'],
  ['file:///a/b', 'c'], ['http://a/b/c', 'http:d'], ['', 'x'], ['http://a/b c/', 'd e']])
  console.log(JSON.stringify(url.resolve(a, b)));
