// structuredClone: deep copies of the cloneable types, shared references and cycles, and DataCloneError.
const source = {
  n: 1, s: 'str', b: true, u: undefined, nil: null, big: 10n, neg: -0,
  date: new Date(0), re: /a+b/gi, arr: [1, [2, 3], , 4], map: new Map([[{ k: 1 }, 'v']]), set: new Set([1, 'two']),
  boxed: [Object(1), Object('s'), Object(false)], nested: { deep: { deeper: [1] } },
};
source.self = source;
source.shared = source.nested;
const copy = structuredClone(source);
console.log(copy !== source, copy.self === copy, copy.shared === copy.nested, copy.nested !== source.nested);
console.log(copy.n, copy.s, copy.b, 'u' in copy, copy.u, copy.nil, typeof copy.big, String(copy.big), Object.is(copy.neg, -0));
console.log(copy.date instanceof Date, copy.date.getTime(), copy.date !== source.date);
console.log(copy.re instanceof RegExp, copy.re.source, copy.re.flags, copy.re !== source.re);
console.log(JSON.stringify(copy.arr), copy.arr.length, 2 in copy.arr);
console.log(copy.map instanceof Map, [...copy.map.keys()][0].k, [...copy.map.values()][0]);
console.log(copy.set instanceof Set, [...copy.set].join(','));
console.log(copy.boxed.map((x) => typeof x + ':' + x.valueOf()).join(','));
const buffer = new ArrayBuffer(8);
const bytes = new Uint8Array(buffer);
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
const views = structuredClone({ buffer, bytes, half: new Uint16Array(buffer, 2, 2), dv: new DataView(buffer, 4), f: new Float64Array([1.5]) });
console.log(views.buffer.byteLength, views.bytes.buffer === views.buffer, views.half.buffer === views.buffer, [...views.half].join(','));
console.log(views.dv.getUint8(0), views.f[0], views.bytes instanceof Uint8Array, views.buffer !== buffer);
bytes[0] = 99;
console.log(views.bytes[0]);
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log(Object.getPrototypeOf(p) === Object.prototype, JSON.stringify(p));
const err = structuredClone(new RangeError('bad', { cause: 'c' }));
console.log(err instanceof RangeError, err.name, err.message, err.cause);
console.log(structuredClone('text'), structuredClone(5), structuredClone(null), structuredClone(undefined));
const getter = structuredClone({ get g() { return 'got'; } });
console.log(Object.getOwnPropertyDescriptor(getter, 'g').value);
for (const bad of [Symbol('x'), Promise.resolve(), new WeakMap(), { f: Symbol.iterator }]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
}
try { structuredClone(() => 1); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
