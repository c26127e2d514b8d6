// Edges of the C# URL parser not covered elsewhere: opaque paths losing trailing spaces, state-override setters,
// IPv4/IPv6 spellings, file URLs, surrogates and the percent-encode sets, and URLSearchParams bound to a URL.
const show = (u) => JSON.stringify([u.href, u.host, u.pathname, u.search, u.hash]);
function set(start, property, value) {
  const url = new URL(start);
  url[property] = value;
  console.log('set', `${start} .${property} = ${JSON.stringify(value)} ->`, show(url));
}
set('data:space    ?query', 'search', '');
set('data:space  #f', 'hash', '');
set('sc:a  ?q#f', 'search', '');
set('sc:a  ?q#f', 'hash', '');
set('http://h/p', 'hostname', '');
set('http://h/p', 'host', '[::ffff:1.2.3.4]');
set('http://h/p', 'host', '[1::]:8080');
set('http://h/p', 'hostname', '[1::');
set('http://h/p', 'host', 'h:99999');
set('http://h:8/p', 'port', '9x');
set('http://h:8/p', 'port', '  9');
set('http://h/p', 'port', '00000000000081');
set('sc://h/p', 'port', '7');
set('sc://u@h/p', 'host', '');
set('sc://h/p', 'hostname', 'ÉX%20');
set('file://srv/p', 'host', '');
set('file:///p', 'hostname', 'LOCALHOST');
set('file:///C:/a', 'pathname', '/D|/b/../..');
set('http://h/p', 'pathname', '\ud800/%2e/x\u{1F600}');
set('http://h/p', 'search', 'a=\ud83d\ude00&b=\udc00');
set('http://h/p', 'hash', '\u0000 `<>');
set('http://h/p', 'protocol', 'ws');
set('ws://h/p', 'protocol', 'wss');
set('wss://h:443/p', 'protocol', 'ftp');
set('http://h/p', 'protocol', 'file');
set('file:///p', 'protocol', 'sc');
set('file://h/p', 'protocol', 'https');
set('http://h/p', 'username', 'ü;=@');
set('http://h/p', 'password', '\ud800');
const inputs = [
  'http://[::]/', 'http://[::1:0:0:1]/', 'http://[1:2:3:4:5:6:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:1.2.3.4]/',
  'http://[::1.2.3.4.5]/', 'http://[::01.2.3.4]/', 'http://[:1]/', 'http://[1:]/', 'http://[12345::]/',
  'http://0/', 'http://0x/', 'http://00x1/', 'http://1.0x/', 'http://1..2/', 'http://.1.2/', 'http://1.2.3.4./',
  'http://999999999999/', 'http://0xffffffff/', 'http://037777777777/', 'http://1.16777215/', 'http://1.2.3.4.x/',
  'http://x.1/', 'http://a.b.0x10/', 'http://%30%78%31/', 'http://h%00/', 'http://h%ff/', 'http://xn--/',
  'http://xn--a.com/', 'http://ab--c.com/', 'http://Ⓐ.com/', 'http://faß.de/', 'http://日本.jp:8080/a',
  'sc://%/', 'sc://a%zz/', 'sc://[::1]/', 'sc://x y/', 'sc://h:0x/', 'sc://:1/', 'sc://h\\p',
  'file://C:/x', 'file:C|x', 'file:///C|', 'file:////server/share', 'file://[::1]/x', 'file://1.2.3/x', 'file:\\\\h\\p',
  'file:?q', 'file:#f', 'file:///../../a', 'file:///C:/../..', 'file:///%2e%2e/x',
  'http://h/\u00a0?\u00a0#\u00a0', 'http://h/\u{10000}', 'http://h/?\'', 'sc://h/?\'', 'http://h/#`', 'http://h/%2',
  'javascript:  alert(1)  ', 'about:blank?x#y', 'a:/b/./../c/.', 'a:b/./c', 'http://u:p@h:0/', 'HTTP://u@H:080',
];
for (const input of inputs) {
  const url = URL.parse(input);
  console.log('parse', JSON.stringify(input), '->', url === null ? 'null' : show(url) + ' ' + url.origin);
}
const bases = [['x', 'file:///C:/a/b'], ['/C:/x', 'file://h/a'], ['//h2/x', 'file:///a'], ['..', 'sc://h/a/b'], ['?x', 'sc:o'], ['\\x', 'sc://h/a/b']];
for (const [input, base] of bases) {
  const url = URL.parse(input, base);
  console.log('resolve', JSON.stringify(input), 'against', JSON.stringify(base), '->', url === null ? 'null' : show(url));
}
const url = new URL('http://h/p?a=1&b=%ZZ&c=%F0%9F%98%80&d=+x+&e&=f&&g==');
const params = url.searchParams;
console.log([...params].map((p) => p.join('=')).join('|'), params.size);
params.set('a', 'x y~*-._!\'()');
console.log(url.search);
params.sort();
console.log(url.href);
url.hash = 'h';
params.delete('a');
console.log(url.href, params.toString());
url.search = '?z=\u00e9';
console.log(params.get('z'), url.search);
for (const name of [...params.keys()]) params.delete(name);
console.log(JSON.stringify(url.href), JSON.stringify(url.search));
const opaque = new URL('sc:path  ?x=1');
opaque.searchParams.delete('x');
console.log(JSON.stringify(opaque.href));
console.log(new URLSearchParams({ '\ud800': '\udc00 +' }).toString(), new URLSearchParams('?%zz=%e9').get('%zz'));
console.log(require('url').domainToASCII('EXAMPLE.com'), require('url').domainToUnicode('xn--espaol-zwa.com'));
console.log(require('querystring').unescape('%E9%zz%41'), require('querystring').unescapeBuffer('a%20b+c', true));
