// A seeded generator of values and util.inspect options, run unchanged by `node` and by Hatchery; the xunit test
// InspectFuzzTests (tests/Hatchery.Cli.Tests) compares the two outputs case by case.
// Usage: node generate.js SEED COUNT [FIRST]   prints cases FIRST..FIRST+COUNT-1 (FIRST defaults to 0).
// Each case draws from its own PRNG seeded by (SEED, case number), so one case can be replayed alone:
// `node generate.js 7 1 123` prints case 123 of seed 7 exactly as the full run prints it.
// Every case starts with a line `### case N` and then prints what util.inspect (or console.log, or
// util.format('%o'), as the case chose) gives; a throw prints `!!! Name: message`.
'use strict';
const util = require('util');

const seed = Number(process.argv[2] ?? 1) >>> 0;
const count = Number(process.argv[3] ?? 100);
const first = Number(process.argv[4] ?? 0);

// mulberry32: small, fast and the same in every engine (32-bit integer arithmetic only).
function mulberry32(a) {
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rnd = mulberry32(1);
let hidden = false; // whether the current case shows hidden entries (showHidden, or %o)
const int = (n) => Math.floor(rnd() * n);
const chance = (p) => rnd() < p;
const pick = (list) => list[int(list.length)];

const WORDS = ['a', 'b', 'foo', 'bar', 'value', 'x1', '_private', '$dollar', 'longerPropertyName', 'nested'];
const ODD_KEYS = ['a-b', 'with space', '0', '12', '-1', '', "it's", 'quote"d', 'new\nline', '\u00e9t\u00e9', '__proto__x'];
const CHARS = 'abcdefghij klmnop  XYZ0123456789_-.,;:!?/';

function shortString() {
  const n = int(12);
  let s = '';
  for (let i = 0; i < n; i++) s += CHARS[int(CHARS.length)];
  return s;
}

function string() {
  switch (int(9)) {
    case 0: return '';
    case 1: return shortString();
    case 2: return pick(["it's", 'say "hi"', 'both \' and "', 'all \' " `', 'back\\slash', 'tab\there', '\u0000\u0007\u001b\u007f', '\ud83d\ude00 emoji', 'lone \ud800 surrogate', '\u00e9\u4e2d\u6587']);
    case 3: { // long, one line
      let s = '';
      const n = 20 + int(120);
      while (s.length < n) s += shortString() + ' ';
      return s;
    }
    case 4: { // multi-line, with or without a trailing newline
      const lines = [];
      const n = 2 + int(5);
      for (let i = 0; i < n; i++) lines.push(chance(0.3) ? '' : shortString() + shortString());
      return lines.join('\n') + (chance(0.3) ? '\n' : '');
    }
    case 5: return 'x'.repeat(int(200));
    case 6: return 'line one is here\nline two is here\r\nline three';
    default: return pick(WORDS);
  }
}

function number() {
  switch (int(6)) {
    case 0: return int(100);
    case 1: return pick([0, -0, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON, 1e21, 1e-7, -1.5]);
    case 2: return (rnd() - 0.5) * 10 ** int(12);
    case 3: return Math.floor((rnd() - 0.5) * 10 ** int(16));
    case 4: return int(10) / 4;
    default: return -int(1000);
  }
}

function bigint() {
  return pick([0n, 1n, -1n, 123456789012345678901234567890n, BigInt(int(100000)), -(2n ** 64n)]);
}

function symbol() {
  return pick([Symbol('desc'), Symbol(), Symbol(''), Symbol.iterator, Symbol.for('registered'), Symbol('with space'), Symbol('multi\nline')]);
}

function primitive() {
  switch (int(8)) {
    case 0: return number();
    case 1: return bigint();
    case 2: return symbol();
    case 3: return pick([true, false]);
    case 4: return null;
    case 5: return undefined;
    default: return string();
  }
}

function key() {
  return chance(0.7) ? pick(WORDS) : pick(ODD_KEYS);
}

function fill(target, depth, n) {
  for (let i = 0; i < n; i++) {
    if (chance(0.1)) target[symbol()] = value(depth);
    else target[key()] = value(depth);
  }
  return target;
}

// Named so both engines see the same constructor names and the same class shapes.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
class Empty {}
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
class Accessors { constructor() { this.plain = 1; } get computed() { return 42; } }
class MyArray extends Array {}
class MyMap extends Map {}
class MySet extends Set {}
class MyError extends Error { constructor(message, options) { super(message, options); this.name = 'MyError'; } }
const AnonClass = (() => class {})();
function OldStyle(a) { this.a = a; }
class WithInspect { [util.inspect.custom](depth, options) { return 'custom<' + depth + ',' + typeof options.stylize + '>'; } }

// Errors: the frames of a real `stack` differ between V8 and Jint (see docs/node-compat.md, "Stack frames"), so every
// error here gets a `stack` the generator chose. It is defined, not assigned, and never deleted: V8 makes `stack` an
// own non-enumerable property of each error, while Jint 4.18 inherits an accessor from Error.prototype (deleting the
// own property leaves Jint's frames visible, assigning one creates an enumerable property); docs/node-compat.md.
function error(depth) {
  const Ctor = pick([Error, TypeError, RangeError, SyntaxError, MyError]);
  const message = chance(0.8) ? pick(['boom', 'something failed', '', 'multi\nline message', shortString()]) : undefined;
  const options = chance(0.4) ? { cause: chance(0.5) ? error(depth + 1) : value(depth + 1) } : undefined;
  const e = new Ctor(message, options);
  const stack = pick([
    `${e.name}: ${e.message}\n    at fn (/virtual/file.js:1:2)\n    at other (/virtual/other.js:3:4)`,
    'custom stack text', `${e.name}: ${e.message}`, '', undefined,
  ]);
  Object.defineProperty(e, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
  if (chance(0.2)) e.code = 'ERR_' + pick(WORDS).toUpperCase();
  if (chance(0.2)) e.extra = value(depth + 1);
  return e;
}

function array(depth) {
  const n = int(chance(0.2) ? 40 : 8);
  const a = [];
  for (let i = 0; i < n; i++) a.push(chance(0.6) ? primitive() : value(depth));
  return a;
}

function sparse(depth) {
  const a = new Array(int(20));
  const n = int(5);
  for (let i = 0; i < n && a.length > 0; i++) a[int(a.length)] = value(depth);
  if (chance(0.2)) a.length += int(10);
  if (chance(0.2)) a.prop = value(depth);
  return a;
}

function typedArray() {
  const n = int(chance(0.2) ? 200 : 12);
  switch (int(8)) {
    case 0: return Uint8Array.from({ length: n }, () => int(256));
    case 1: return Int16Array.from({ length: n }, () => int(65536) - 32768);
    case 2: return Float64Array.from({ length: n }, () => number());
    case 3: return Float32Array.from({ length: n }, () => int(1000) / 8);
    case 4: return BigInt64Array.from({ length: n }, () => BigInt(int(1000)) - 500n);
    case 5: return new Uint8ClampedArray(n);
    case 6: { const b = new ArrayBuffer(int(10)); new Uint8Array(b).fill(7); return b; }
    default: return Uint32Array.from({ length: n }, () => int(4294967296));
  }
}

function fn() {
  return pick([
    function named() {}, function () {}, () => {}, async function asyncOne() {}, function* gen() {}, async function* agen() {},
    Point, Point3, Empty, AnonClass, OldStyle, Math.max, Object.assign(function withProps() {}, { prop: 1 }),
  ]);
}

function instance(depth) {
  switch (int(11)) {
    case 0: return new Point(value(depth), value(depth));
    case 1: return new Point3(number(), number(), number());
    case 2: return new Empty();
    case 3: return new Tagged();
    case 4: return new Accessors();
    case 5: return MyArray.from(array(depth));
    case 6: return new MyMap([[key(), value(depth)]]);
    case 7: return new MySet([primitive(), primitive()]);
    case 8: return new AnonClass();
    case 9: return new OldStyle(value(depth));
    default: return new WithInspect();
  }
}

function withAccessors(depth) {
  const o = {};
  const n = 1 + int(4);
  for (let i = 0; i < n; i++) {
    const v = value(depth);
    const descriptor = pick([
      { get() { return v; } },
      { set(x) {} },
      { get() { return v; }, set(x) {} },
      { get() { throw new RangeError('getter threw'); } },
    ]);
    Object.defineProperty(o, key() + i, { ...descriptor, enumerable: true, configurable: true });
  }
  if (chance(0.3)) Object.defineProperty(o, 'hidden', { value: value(depth), enumerable: false });
  return o;
}

function proxy(depth) {
  const target = pick([() => fill({}, depth, int(4)), () => array(depth), () => new Map([[1, 2]]), () => function target() {}])();
  const handler = chance(0.5) ? {} : { get(t, k) { return k === 'x' ? 'trapped' : Reflect.get(t, k); } };
  // No Proxy of a Proxy: Node asks the inner Proxy through its traps and finds no Map or Set internals behind
  // them, where Hatchery prints the innermost target (docs/node-compat.md, "util.inspect elsewhere").
  return new Proxy(target, handler);
}

function boxed() {
  return pick([new Number(-0), new Number(3.5), new String('boxed'), new Boolean(false), Object(Symbol('boxed')), Object(10n)]);
}

function value(depth = 0) {
  if (depth > 4 || chance(0.25 + depth * 0.15)) return primitive();
  const d = depth + 1;
  switch (int(18)) {
    case 0: case 1: return fill({}, d, int(6));
    case 2: return array(d);
    case 3: return sparse(d);
    case 4: return instance(d);
    case 5: { const m = new Map(); for (let i = int(6); i > 0; i--) m.set(chance(0.5) ? primitive() : value(d), value(d)); return m; }
    case 6: { const s = new Set(); for (let i = int(8); i > 0; i--) s.add(chance(0.7) ? primitive() : value(d)); return s; }
    case 7: return typedArray();
    case 8: return error(d);
    case 9: return proxy(d);
    case 10: return withAccessors(d);
    case 11: return fn();
    case 12: return boxed();
    case 13: return pick([new Date(0), new Date(1700000000123), new Date(NaN), /ab+c/gi, /[/]\n/, new RegExp('')]);
    case 14: { const o = Object.create(null); return fill(o, d, int(4)); }
    case 15: { // circular
      const o = fill({}, d, int(3));
      o.self = o;
      if (chance(0.5)) o.list = [o, { back: o }];
      return o;
    }
    case 16: return pick([[[[[[1]]]]], { a: { b: { c: { d: { e: { f: 1 } } } } } }, Array.from({ length: 30 }, (_, i) => i * 3)]);
    // No WeakMap or WeakSet when hidden entries show: Node then lists their entries from V8's internals, which
    // Jint does not expose (docs/node-compat.md, "util.inspect elsewhere").
    default: return pick([hidden ? new Map() : new WeakMap(), hidden ? new Set() : new WeakSet(), Promise.resolve(value(d)), new Map([[1, 'a']]).entries(), new Set([1, 2]).values(), [1, 2][Symbol.iterator]()]);
  }
}

function options() {
  const o = {};
  if (chance(0.4)) o.depth = pick([0, 1, 2, 3, 5, Infinity, null]);
  if (chance(0.4)) o.compact = pick([true, false, 0, 1, 2, 3, 5]);
  if (chance(0.4)) o.breakLength = pick([0, 20, 40, 60, 80, 120, Infinity]);
  if (chance(0.15)) o.sorted = true;
  if (chance(0.15)) o.showHidden = true;
  if (chance(0.2)) o.getters = pick([true, 'get', 'set']);
  if (chance(0.2)) o.maxArrayLength = pick([0, 1, 3, 10, null]);
  if (chance(0.2)) o.maxStringLength = pick([0, 5, 20, null]);
  if (chance(0.1)) o.numericSeparator = true;
  if (chance(0.15)) o.showProxy = true;
  if (chance(0.05)) o.customInspect = false;
  return o;
}

for (let n = first; n < first + count; n++) {
  rnd = mulberry32((Math.imul(seed, 0x9e3779b1) ^ n) >>> 0);
  const how = int(10);
  const o = options();
  hidden = how === 1 || o.showHidden === true; // util.format('%o') shows hidden entries
  const v = value();
  console.log(`### case ${n}`);
  try {
    if (how === 0) console.log(v);
    else if (how === 1) console.log(util.format('%o', v));
    else console.log(util.inspect(v, o));
  } catch (e) {
    console.log(`!!! ${e && e.name}: ${e && e.message}`);
  }
}
