// JSON.stringify of a cycle gives V8's message, with the path from where the cycle starts to what closes it
// (src/Hatchery/Builtins/globals/JsonCircularMessage.cs).
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
const a = {}; a.self = a; t(() => JSON.stringify(a));
const b = { x: { y: { z: {} } } }; b.x.y.z.back = b; t(() => JSON.stringify(b));
const c = { x: { y: {} } }; c.x.y.back = c.x; t(() => JSON.stringify({ root: c }));
const arr = []; arr.push(arr); t(() => JSON.stringify(arr));
const arr2 = [1, { k: [] }]; arr2[1].k.push(arr2); t(() => JSON.stringify(arr2));
class Foo { constructor() { this.me = this; } } t(() => JSON.stringify(new Foo()));
const n = Object.create(null); n.n = n; t(() => JSON.stringify(n));
const d = { a: { b: { c: { d: { e: {} } } } } }; d.a.b.c.d.e.f = d; t(() => JSON.stringify(d));
const k = { 'a b': {} }; k['a b'].q = k; t(() => JSON.stringify(k));
class Bar {} const bar = new Bar(); bar.list = [bar]; t(() => JSON.stringify({ bar }));
const anon = new (class {})(); anon.x = anon; t(() => JSON.stringify(anon));
const d4 = { a: { b: { c: { d: {} } } } }; d4.a.b.c.d.f = d4; t(() => JSON.stringify(d4));
function Made() {} const o = Object.create(Made.prototype); o.s = o; t(() => JSON.stringify(o));
const p = { constructor: 5 }; p.s = p; t(() => JSON.stringify(p));
const q = { 0: {} }; q[0].w = q; t(() => JSON.stringify(q));
const m = new Map(); const r = { m }; m.r = r; t(() => JSON.stringify(r));
const u = {}; u.u = u; t(() => JSON.stringify(u, ['u']));
const pr = new Proxy({}, {}); const h = { pr }; t(() => JSON.stringify(h));
class Baz { get [Symbol.toStringTag]() { return 'Q'; } } const bz = new Baz(); bz.z = bz; t(() => JSON.stringify(bz));
const tagged = { [Symbol.toStringTag]: 'T' }; tagged.z = tagged; t(() => JSON.stringify(tagged));
const ar = [1]; const holder = {k: ar}; ar.push(holder); t(() => JSON.stringify(holder, null, 2));
const inner = { list: [1, 2] }; const outer = { inner, when: new Date(0), n: new Number(1) }; inner.list.push(outer);
t(() => JSON.stringify(outer));
t(() => { try { JSON.stringify(a); } catch (e) { throw new Error('wrapped', { cause: e }); } });
console.log(JSON.stringify.name, JSON.stringify.length, JSON.stringify({ a: [1, { b: 2 }] }, null, 1), JSON.stringify(undefined));
