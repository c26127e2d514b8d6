'use strict';
// Jint's errors whose V8 text names the value that failed, read from the failing code's scope at the throw
// (src/Hatchery/Builtins/globals/EngineMessageTable.Assignment.cs).
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
class C { constructor() { this.a = 1; } }
let u;
const n = null;
const k = 'kk';
const holder = { inner: undefined };

// A property set on undefined or null.
t(() => { u.x = 1; });
t(() => { n.x = 1; });
t(() => { u[0] = 1; });
t(() => { u[k] = 1; });
t(() => { holder.inner.x = 1; });
t(() => { this.missing.x = 1; });

// Destructuring undefined or null.
t(() => { const { a } = u; });
t(() => { const { a, b } = n; });
t(() => { const { a } = null; });
t(() => { const { } = u; });
t(() => { const { ['c' + 'd']: q } = u; });
t(() => { let a; ({ a } = u); });
t(() => { const { a } = holder.inner; });

// A failed strict-mode set, by its cause and its object.
t(() => { const a = Object.freeze([1]); a[0] = 2; });
t(() => { const a = Object.freeze([1]); a.push(2); });
t(() => { const a = Object.preventExtensions([1]); a[1] = 2; });
t(() => { const o = Object.preventExtensions({}); o.x = 1; });
t(() => { const c = Object.freeze(new C()); c.a = 2; });
t(() => { const c = Object.preventExtensions(new C()); c.b = 2; });
t(() => { const o = { get g() { return 1; } }; o.g = 2; });
t(() => { const f = Object.freeze(function f() {}); f.x = 1; });
t(() => { const f = function g() {}; f.name = 1; });
t(() => { const m = Object.freeze(new Map()); m.x = 1; });
t(() => { const o = Object.freeze(Object.create(null)); o.x = 1; });
t(() => { const o = Object.create(Object.freeze({ x: 1 })); o.x = 2; });
t(() => { const s = Symbol('k'); const o = Object.freeze({ [s]: 1 }); o[s] = 2; });
t(() => { const o = Object.freeze([1, 2]); o.length = 0; });
t(() => { const o = Object.seal([1]); o.push(1); });
t(() => { 'abc'.x = 1; });
t(() => { 'abc'[0] = 1; });
t(() => { const s = 'abc'; s.length = 1; });
t(() => { (5).x = 1; });
t(() => { true.x = 1; });

// A failed strict-mode delete.
t(() => { const a = Object.freeze([1, 2]); a.pop(); });
t(() => { const a = Object.freeze([1, 2]); delete a[0]; });
t(() => { delete Object.prototype; });
t(() => { const o = Object.freeze({ a: 1 }); delete o.a; });

// String.prototype.repeat names the count.
t(() => 'a'.repeat(-1));
t(() => 'a'.repeat(Infinity));
t(() => 'a'.repeat('-3'));
t(() => { const count = -2; 'a'.repeat(count); });

// Text alone.
t(() => BigInt(undefined));
t(() => BigInt(null));
t(() => 1n + BigInt(u));
t(() => new Proxy(1, {}));
t(() => new Proxy({}, 1));
