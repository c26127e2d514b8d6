// The URL class's shape and receiver checks as Node 20 has them: statics, descriptors, no own state on an instance,
// the TypeErrors of members called on other objects, subclasses, and searchParams kept in step with the URL.
const d=(o,k)=>Object.getOwnPropertyDescriptor(o,k);
try{d(URL.prototype,'href').get.call({})}catch(e){console.log(e.name, e.code,e.message)}
try{URL.prototype.toString.call({})}catch(e){console.log(e.name,e.code,e.message)}
try{URL.prototype.toJSON.call({})}catch(e){console.log(e.name,e.code,e.message)}
try{d(URL.prototype,'protocol').set.call({}, 'x')}catch(e){console.log(e.name,e.code,e.message)}
try{d(URL.prototype,'searchParams').get.call({})}catch(e){console.log(e.name,e.code,e.message)}
try{d(URL.prototype,'origin').get.call(Object.create(URL.prototype))}catch(e){console.log(e.name,e.code,e.message)}
console.log(Object.getOwnPropertyNames(URL), Object.getOwnPropertyNames(URL.prototype), URL.length, URL.parse?.length, URL.canParse.length);
const u=new URL('https://a.b/c?d=1#e'); console.log(Object.getOwnPropertySymbols(u), Reflect.ownKeys(u));
class X extends URL { get href(){return 'over'} }; console.log(new X('http://q/').toString(), JSON.stringify(new X('http://q/')), `${new X('http://q/')}`);
console.log(d(URL.prototype,'href').get.name, d(URL.prototype,'href').set.name, d(URL.prototype,'href').set.length);
console.log(URL.prototype[Symbol.for('nodejs.util.inspect.custom')].length, URL.prototype[Symbol.for('nodejs.util.inspect.custom')].name);
console.log(d(URL.prototype, Symbol.for('nodejs.util.inspect.custom')), d(URL.prototype, Symbol.toStringTag));
try{new URL()}catch(e){console.log(e.code,e.message)}
try{new URL('nope')}catch(e){console.log(e.code,e.message,e.input,Object.keys(e))}
try{new URL('nope', 'bad')}catch(e){console.log(e.code,e.message,e.input,e.base,Object.keys(e))}
try{new URL(Symbol())}catch(e){console.log(e.name, e.message)}
try{URL('x')}catch(e){console.log(e.message)}
console.log(require('util').inspect(new URL('http://x/?a=1'), {depth:-1}), [new URL('http://x/')], require('util').inspect(new URL('http://x/?a=1&b=2'), {depth:0}));
try{ d(URL.prototype,'href').set.call(u, 'nope')}catch(e){console.log(e.code,e.message, Object.keys(e))}
console.log(Object.getOwnPropertyDescriptors(URL));
console.log(URL.parse('x'), URL.parse('/a', 'http://h'), URL.canParse('/a', 'http://h'), URL.canParse('/a'));
const p = u.searchParams; u.search = '?z=9'; console.log(p.get('z'), u.searchParams === p); p.append('k','v'); console.log(u.href);
u.href = 'http://other/x?q=2'; console.log(p.get('q'), String(p));
console.log(Object.prototype.toString.call(u), u instanceof URL, Object.keys(u), JSON.stringify({u}));
const s = new X('http://q/a'); console.log(s instanceof URL, s instanceof X, s.pathname, Object.getPrototypeOf(s) === X.prototype);
console.log(URL.createObjectURL.length, URL.revokeObjectURL.length, URL.revokeObjectURL('x'));
try{URL.createObjectURL({})}catch(e){console.log(e.code,e.message)}
try{URL.canParse()}catch(e){console.log(e.code,e.message)}
u.port = '8080'; u.protocol='https'; u.hash='h'; u.username='me'; u.password='pw'; u.hostname='h.example'; u.pathname='/p q'; console.log(u.href, u.host, u.origin);
console.log(new URL('blob:https://a.com/x').origin, new URL('file:///x').origin);
for (const k of Object.getOwnPropertyNames(URL.prototype)) {
  const x = d(URL.prototype, k);
  for (const [kind, f] of [['get', x.get], ['set', x.set], ['value', x.value]]) {
    if (typeof f !== 'function' || k === 'constructor') continue;
    try { f.call({}, 'x'); console.log(k, kind, 'ok'); } catch (e) { console.log(k, kind, e.name, e.code, e.message); }
  }
}
try { URL.prototype[Symbol.for('nodejs.util.inspect.custom')].call({}, 1, {}); console.log('insp ok') } catch (e) { console.log('inspect', e.name, e.message); }
const sp = new URLSearchParams('a=1');
console.log(require('util').inspect(sp, {depth: -1}), require('util').inspect({sp}, {depth: 0}));
