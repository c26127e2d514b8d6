// URL setters: each (start URL, property, new value) and the href afterwards.
const cases = [
  ['http://h/p', 'protocol', 'https'], ['http://h/p', 'protocol', 'HTTPS:junk'], ['http://h/p', 'protocol', 'sc'],
  ['sc://h/p', 'protocol', 'http'], ['sc://h/p', 'protocol', 'other'], ['http://u@h/p', 'protocol', 'file'],
  ['file:///x', 'protocol', 'http'], ['https://h:80/', 'protocol', 'http'], ['http://h/', 'protocol', '1x'],
  ['http://h/p', 'username', 'us er@:'], ['http://h/p', 'password', 'p@ss:/'], ['file:///x', 'username', 'u'],
  ['sc:opaque', 'username', 'u'], ['http://u:p@h/', 'username', ''], ['http://u:p@h/', 'password', ''],
  ['http://h/p', 'host', 'other:81'], ['http://h/p', 'host', 'other:80'], ['http://h:81/p', 'host', 'other'],
  ['http://h/p', 'host', ''], ['http://h/p', 'host', 'a b'], ['http://h/p', 'host', '[::1]:99'], ['sc://h/p', 'host', ''],
  ['sc:opaque', 'host', 'x'], ['http://h/p', 'host', 'x/y?z#w'], ['file:///p', 'host', 'localhost'], ['file:///p', 'host', 'srv'],
  ['http://h:81/p', 'hostname', 'other'], ['http://h/p', 'hostname', 'other:99'], ['http://h/p', 'hostname', '0x7f.1'],
  ['http://h/p', 'port', '8080'], ['http://h/p', 'port', '80'], ['http://h:81/p', 'port', ''], ['http://h/p', 'port', '12ab'],
  ['http://h/p', 'port', 'ab'], ['http://h/p', 'port', '70000'], ['file:///p', 'port', '1'], ['http://h/p', 'port', 99],
  ['http://h/p', 'pathname', 'a b/c?d#e'], ['http://h/p', 'pathname', ''], ['sc://h/p', 'pathname', ''],
  ['sc:opaque', 'pathname', '/x'], ['http://h/p', 'pathname', '/../x/./y'], ['sc:/p', 'pathname', '//x'],
  ['http://h/p?q', 'search', 'a=1 2#3'], ['http://h/p?q', 'search', '?'], ['http://h/p?q', 'search', ''],
  ['sc://h/p', 'search', "'x'"], ['http://h/p', 'search', "'x'"],
  ['http://h/p#f', 'hash', 'new frag'], ['http://h/p#f', 'hash', '#'], ['http://h/p#f', 'hash', ''],
  ['http://h/p', 'href', 'https://other/x'], ['http://h/p', 'href', 'not a url'],
];
for (const [start, property, value] of cases) {
  const url = new URL(start);
  let outcome;
  try {
    url[property] = value;
    outcome = url.href;
  } catch (e) {
    outcome = `${e.name} ${e.code} ${e.message} (href still ${url.href})`;
  }
  console.log(`${start} .${property} = ${JSON.stringify(value)} -> ${outcome}`);
}
const url = new URL('http://h/p?a=1');
const params = url.searchParams;
params.append('b', '2 3');
console.log(url.href, url.search);
url.search = '?c=4';
console.log(params.toString(), params.get('c'), url.searchParams === params);
params.delete('c');
console.log(url.href, JSON.stringify(url.search));
url.href = 'http://x/?z=9';
console.log(params.get('z'), JSON.stringify(url), String(url), url.toJSON());
console.log(Object.keys(url).length, Object.keys(URL.prototype).join(','));
console.log(URL.parse('http://h/x').href, URL.parse('nope'), URL.parse('x', 'http://b/').href, URL.parse('http://h') instanceof URL);
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b'), new URL(new URL('http://obj/')).href);
console.log(new URL('/p', new URL('http://base/')).href, new URL({ toString() { return 'http://ts/'; } }).href);
for (const call of [() => new URL(), () => URL.canParse(), () => new URL(undefined), () => URL.createObjectURL({}), () => URL.revokeObjectURL()]) {
  try { console.log(call()); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(URL.revokeObjectURL('blob:nodedata:x'), Object.getOwnPropertyNames(URL).sort().join());
