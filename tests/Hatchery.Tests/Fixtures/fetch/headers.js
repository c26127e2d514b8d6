// Headers: construction from pairs, records and Headers, case-insensitive names, combining, Set-Cookie, iteration
// order, validation errors.
const h = new Headers([['B', '2'], ['a', '1'], ['set-cookie', 'x=1'], ['Set-Cookie', 'y=2'], ['a', '3']]);
console.log([...h]);
console.log(h.get('A'), h.get('missing'), h.has('b'), h.getSetCookie());
console.log([...h.keys()], [...h.values()]);
console.log(h);
h.set('x', '  padded\t');
console.log(JSON.stringify(h.get('x')));
h.delete('A');
console.log(h.has('a'), [...h].length);
h.append('cookie', 'c=1');
h.append('cookie', 'd=2');
console.log(h.get('cookie'));
h.forEach(function (value, name, headers) { console.log(name, value, headers === h, this.tag); }, { tag: 'this' });
console.log([...new Headers({ Z: 'last', m: 'mid' })], [...new Headers(h)].length);
for (const attempt of [
  () => h.append('bad name', 'x'),
  () => h.append('x', 'a\nb'),
  () => new Headers([['a']]),
  () => new Headers(5),
  () => h.get(),
]) {
  try { attempt(); } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.keys(Headers.prototype), Object.prototype.toString.call(h), typeof h[Symbol.iterator]);
const it = h.entries();
console.log(Object.prototype.toString.call(it), it.next());
