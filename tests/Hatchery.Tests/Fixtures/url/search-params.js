// URLSearchParams: construction, every method, iteration, sorting and serialisation.
const show = (p) => console.log(JSON.stringify([...p]), p.size, p.toString());
show(new URLSearchParams());
show(new URLSearchParams('?a=1&b=2&a=3&&c&=d&e='));
show(new URLSearchParams('a+b=c+d&%zz=%E4%BD%A0%F0&x=%3D%26'));
show(new URLSearchParams({ x: 1, y: 'two', z: undefined }));
show(new URLSearchParams([['a', 1], ['b', 2], new Set(['c', 3])]));
show(new URLSearchParams(new Map([['m', 'n']])));
show(new URLSearchParams(new URLSearchParams('k=v')));
show(new URLSearchParams(null));
show(new URLSearchParams(12));
for (const bad of [[['a']], [['a', 'b', 'c']], [1]]) {
  try { new URLSearchParams(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = new URLSearchParams('b=2&a=1&c=3&a=0');
console.log(p.get('a'), p.get('zz'), JSON.stringify(p.getAll('a')), p.has('a'), p.has('a', '0'), p.has('a', '9'), p.has('q'));
p.set('a', 'x');
show(p);
p.append('d', 'é ~*!');
p.delete('b');
show(p);
p.append('c', '1');
p.delete('c', '3');
show(p);
p.sort();
show(p);
const q = new URLSearchParams('z=1&a=2&z=0&A=3&\u00e9=4&b=5');
q.sort();
console.log(q.toString());
q.forEach(function (value, key, self) { console.log(key, value, self === q, this.tag); }, { tag: 't' });
console.log(JSON.stringify([...q.keys()]), JSON.stringify([...q.values()]), JSON.stringify([...q.entries()].slice(0, 2)));
const it = q.keys();
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call(q), typeof it[Symbol.iterator]);
const live = new URLSearchParams('a=1');
const seen = [];
for (const [k] of live) { seen.push(k); if (seen.length < 3) live.append('n' + seen.length, ''); }
console.log(seen.join(','));
for (const call of [() => p.append('only'), () => p.get(), () => p.set('x'), () => p.forEach(1), () => URLSearchParams.prototype.get.call({}, 'x')]) {
  try { call(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(new URLSearchParams({ s: 'a b+c&d=e/f?g#h' }).toString());
console.log(new URLSearchParams([['\ud800', '\udc00x']]).toString());
