// WHATWG URL parsing: each input (with an optional base) and every component Node reports for it.
const cases = [
  ['http://example.com'], ['HTTPS://EXAMPLE.COM:443/a/./b/../c'], ['http://example.com:80/'], ['http://example.com:8080/'],
  ['ws://h:80/x'], ['wss://h:443'], ['ftp://h:21/x'], ['ftp://u:p@h:2121/x'],
  ['http://user:pa:ss@host/'], ['http://a@b@c/'], ['http://us er:p@ss w@h/'], ['http://@h/'], ['http://:@h/'],
  ['http://h/a b?c d#e f'], ['http://h/"<>`{}|^\'?"<>`{}|^\'#"<>`{}|^\''], ['sc://h/"<>`{}|^\'?"<>`{}|^\''],
  ['http://h/%7e%zz%2F'], ['http://h/é?é#é'], ['http://h/\ud800'], ['http://h/a\\b\\..\\c'], ['sc://h/a\\b'],
  ['  \t http://h/x\n\r\ty  '], ['http:\\\\h\\x'], ['http:h/x'], ['http:/h/x'], ['http:////h//x'],
  ['http://h/%2e/%2E%2e/./x/.'], ['http://h/a/..'], ['http://h/a/%2e%2E'], ['http://h?'], ['http://h#'], ['http://h/?#'],
  ['HTTP://ExAmPle.COM./'], ['http://xn--espaol-zwa.com/'], ['http://español.com/'], ['http://ÉXAMPLE.com'],
  ['http://fullwidth％２０.com'], ['http://%41.com'], ['http://a%2Fb.com'], ['http://a b.com'], ['http://a<b.com'],
  ['http://192.168.0.1'], ['http://0x7f.1'], ['http://0300.0250.0.1'], ['http://4294967295'], ['http://4294967296'],
  ['http://1.2.3.4.5'], ['http://1.2.3.256'], ['http://1.2.65535'], ['http://0x100000000'], ['http://1.2.3.09'],
  ['http://foo.0x4'], ['http://foo.09'], ['http://[::1]'], ['http://[0:0:0:0:0:0:0:1]:8080/'], ['http://[2001:DB8::0:1]'],
  ['http://[1:0:0:2:0:0:0:3]'], ['http://[1:0:0:0:2:0:0:3]'], ['http://[::ffff:192.168.0.1]'], ['http://[1::2::3]'],
  ['http://[::1'], ['http://[g::1]'], ['http://[1:2:3:4:5:6:7:8:9]'], ['http://[::1.2.3]'], ['http://[0::0]'],
  ['http://h:65535'], ['http://h:65536'], ['http://h:0'], ['http://h:00080'], ['http://h:8a'], ['http://h:'],
  ['file:///C:/x'], ['file:///c|/x/../..'], ['file://localhost/etc'], ['file://host/share'], ['file:/x'], ['file:x'],
  ['file:.'], ['file://LOCALHOST/x'], ['FILE:///x?q#f'], ['file:///a/../../b'],
  ['mailto:Someone@Example.com'], ['data:text/plain,hi there'], ['javascript:alert(1)'], ['urn:isbn:123'],
  ['sc://ÉX/p'], ['sc://h:99/'], ['sc:/a/b'], ['sc:a/b'], ['sc://'], ['sc://@/'], ['sc:'], ['sc://h/%zz'],
  ['git+ssh://git@github.com:org/repo.git'], ['blob:https://example.com:8443/uuid'], ['blob:sc://x/y'],
  ['a:\t foo.com'], ['non-spec:/.//p'], ['non-spec:/..//p'], ['web+demo:/.//not-a-host/'],
  [''], ['x'], ['//h'], ['http://'], ['http://a:b@/'], ['http:// /'], ['1http://h'], ['ht~tp://h'],
  ['/a/b', 'http://h/c/d'], ['a/b', 'http://h/c/d'], ['../x', 'http://h/c/d/e'], ['../../../../x', 'http://h/c'],
  ['?q', 'http://h/p?old#f'], ['#f', 'http://h/p?q#old'], ['', 'http://h/p?q#f'], ['//other/x', 'https://h/p'],
  ['\\\\other\\x', 'https://h/p'], ['//other/x', 'sc://h/p'], ['x', 'sc://h/a/b'], ['x', 'sc:opaque'], ['#x', 'sc:opaque'],
  ['https:x', 'https://h/a/b'], ['https:x', 'http://h/a/b'], ['sc:x', 'sc://h/a'], ['file:x', 'file:///a/b'],
  ['/x', 'file:///C:/a/b'], ['..', 'file:///C:/a'], ['C|/x', 'file:///a/b'], ['x', 'file://host/a/b'], ['?q', 'file:///a'],
  ['x', 'mailto:a@b'], ['http://h', 'not a url'], ['g;x?y#s', 'http://a/b/c/d;p?q'], ['./g/.', 'http://a/b/c/d;p?q'],
];
const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
for (const [input, base] of cases) {
  const label = JSON.stringify(input) + (base === undefined ? '' : ' against ' + JSON.stringify(base));
  let url;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message, URL.canParse(input, base));
    continue;
  }
  console.log(label, '->', JSON.stringify(fields.map((f) => url[f])), URL.canParse(input, base));
}
