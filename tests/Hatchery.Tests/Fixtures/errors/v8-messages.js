// Jint's own errors carry V8's messages (src/Hatchery/Builtins/globals/EngineMessageTable.cs), one case per row.
const o = { a: {} };
const k = 'z';
function f() { return o; }
const cases = [
  () => o.f(),
  () => o.a.b(),
  () => { let x; x(); },
  () => o[0](),
  () => o[k](),
  () => o[-1](),
  () => f().g(),
  () => f()(),
  () => 'abc'.foo(),
  () => [].mapp(),
  () => o?.f(),
  () => (0, o.f)(),
  () => this.x(),
  () => o[Symbol.iterator](),
  () => new (function () {}.prototype.x)(),
  () => new (f())(),
  () => new o[k](),
  () => o.a.b.c(),
  () => { x = y; let y; },
  () => null[Symbol.iterator],
  () => undefined[Symbol.iterator],
  () => { const [a] = {}; },
  () => { const [a] = 5; },
  () => { const [a] = f(); },
  () => { for (const x of 5) {} },
  () => { for (const x of o.a) {} },
  () => { for (const x of f()) {} },
  () => { 'use strict'; Object.freeze({ a: 1 }).a = 2; },
  () => { 'use strict'; delete Object.freeze({ a: 1 }).a; },
  () => new Array(2 ** 32),
  () => new WeakMap().set(1, 1),
  () => new WeakSet().add(1),
  // Already V8's text in Jint.
  () => undefinedVar,
  () => { const c = 1; c = 2; },
  () => { class A {} A(); },
  () => [].reduce((a, b) => a),
  () => 1n + 1,
  () => JSON.stringify(1n),
  () => Symbol() + '',
  () => (1).toFixed(200),
];
for (const c of cases) {
  try {
    c();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}

// A script's own error keeps its message, however much it looks like Jint's.
try {
  throw new TypeError("Property 'f' of object is not a function");
} catch (e) {
  console.log(e.message);
}
function thrower() { throw new ReferenceError('y has not been initialized'); }
try { thrower(); } catch (e) { console.log(e.message); }

// The message is the error's own, as console.log and a rejection show it.
try { o.f(); } catch (e) { console.log(Object.getOwnPropertyDescriptor(e, 'message'), String(e)); }
(async () => { await null; o.a.b(); })().catch((e) => console.log('rejected:', e.message));
Promise.resolve().then(() => { let z; z(); }).catch((e) => console.log('rejected:', e.message));
