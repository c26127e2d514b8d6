// TextEncoder's class shape as Node 20 has it: construction, members and their descriptors, the brand check,
// inspection, encodeInto's edges and subclassing.
const util = require('util');
const te = new TextEncoder();
const describe = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  const show = (v) => (typeof v === 'function' ? `fn ${v.name}/${v.length}` : v);
  return `${String(k)}: ${Object.entries(d).map(([n, v]) => `${n}=${show(v)}`).join(' ')}`;
};
const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

console.log(te);
console.log(util.inspect(te, { showHidden: true }), util.inspect(te, { depth: -1 }), [te], { te });
console.log(Object.prototype.toString.call(te), String(te), JSON.stringify(te));
console.log(TextEncoder.name, TextEncoder.length, typeof TextEncoder, util.TextEncoder === TextEncoder);
console.log(Object.getPrototypeOf(TextEncoder) === Function.prototype, te.constructor === TextEncoder);
console.log(Object.getOwnPropertyNames(TextEncoder), Reflect.ownKeys(TextEncoder.prototype));
for (const k of Reflect.ownKeys(TextEncoder.prototype)) console.log(describe(TextEncoder.prototype, k));
for (const k of Reflect.ownKeys(TextEncoder)) console.log(describe(TextEncoder, k));
console.log(Object.keys(te), Object.getOwnPropertyNames(te), Reflect.ownKeys(te).map(String));
console.log(describe(te, Object.getOwnPropertySymbols(te)[0]));
console.log(TextEncoder.prototype, util.inspect(TextEncoder.prototype, { showHidden: true }));
console.log(TextEncoder, [TextEncoder], util.inspect(TextEncoder, { showHidden: true }));

attempt('call', () => TextEncoder());
attempt('call with this', () => TextEncoder.call(te));
attempt('new method', () => new te.encode());
attempt('label ignored', () => new TextEncoder('utf-16').encoding);
attempt('prototype encoding', () => TextEncoder.prototype.encoding);
attempt('encode other this', () => te.encode.call({}, 'a'));
attempt('encode primitive this', () => te.encode.call(1, 'a'));
attempt('encodeInto other this', () => te.encodeInto.call(null, 'a', new Uint8Array(2)));
attempt('getter other this', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(undefined));
attempt('inspect other this', () => TextEncoder.prototype[util.inspect.custom].call({}));
attempt('inspect direct', () => te[util.inspect.custom](2, {}));
attempt('inspect negative depth', () => te[util.inspect.custom](-1, {}) === te);
attempt('brand copied', () => te.encode.call(Object.assign({}, te), 'ok'));

attempt('encode', () => [te.encode(), te.encode('hello'), te.encode(undefined), te.encode(null), te.encode(12), te.encode({})]);
attempt('encode surrogates', () => [te.encode('\ud800x\udc00'), te.encode('\udbff\udfff'), te.encode('𝄞\ud834')]);
attempt('encode toString', () => te.encode({ toString() { return 'x'; } }));
attempt('encode toPrimitive', () => te.encode({ [Symbol.toPrimitive](hint) { return hint; } }));
attempt('encode symbol', () => te.encode(Symbol('s')));
attempt('encode symbol from toString', () => te.encode({ toString() { return Symbol('t'); } }));
attempt('encode result', () => {
  const u = te.encode('abc');
  return [Object.getPrototypeOf(u) === Uint8Array.prototype, u.buffer.byteLength, u.byteOffset, Buffer.isBuffer(u)];
});

const d = new Uint8Array(5);
attempt('encodeInto partial', () => [te.encodeInto('a€𝄞', d), d]);
attempt('encodeInto empty', () => te.encodeInto('', new Uint8Array(0)));
attempt('encodeInto lone', () => te.encodeInto('\ud800ab', new Uint8Array(10)));
attempt('encodeInto no room for pair', () => te.encodeInto('𝄞', new Uint8Array(3)));
attempt('encodeInto no room for euro', () => te.encodeInto('€', new Uint8Array(2)));
attempt('encodeInto buffer', () => { const b = Buffer.alloc(3); return [te.encodeInto('hey!', b), b]; });
attempt('encodeInto result', () => { const r = te.encodeInto('ab', new Uint8Array(4)); return [Object.getPrototypeOf(r) === Object.prototype, Object.keys(r)]; });
attempt('encodeInto Uint16Array', () => te.encodeInto('a', new Uint16Array(2)));
attempt('encodeInto Uint8ClampedArray', () => te.encodeInto('a', new Uint8ClampedArray(2)));
attempt('encodeInto DataView', () => te.encodeInto('a', new DataView(new ArrayBuffer(2))));
attempt('encodeInto no dest', () => te.encodeInto('a'));
attempt('encodeInto nothing', () => te.encodeInto());
attempt('encodeInto String object', () => te.encodeInto(new String('a'), new Uint8Array(2)));

class Sub extends TextEncoder {
  constructor() {
    super();
    this.extra = 1;
  }
}
class Plain extends TextEncoder {}
const s = new Sub();
console.log(s, new Plain(), util.inspect(s, { showHidden: true }));
console.log(s instanceof TextEncoder, s instanceof Sub, s.encoding, s.encode('hi'), Object.prototype.toString.call(s), Object.keys(s));
console.log(Object.getPrototypeOf(Sub) === TextEncoder, Sub.name, Sub.length);
attempt('Reflect.construct', () => {
  function Other() {}
  const o = Reflect.construct(TextEncoder, [], Other);
  return [Object.getPrototypeOf(o) === Other.prototype, TextEncoder.prototype.encode.call(o, 'r')];
});
attempt('Reflect.construct non-object prototype', () => {
  const f = function () {};
  f.prototype = 5;
  return Object.getPrototypeOf(Reflect.construct(TextEncoder, [], f)) === TextEncoder.prototype;
});
attempt('bound', () => new (TextEncoder.bind(null))().encode('b'));
attempt('prototype assignment ignored', () => { TextEncoder.prototype = {}; return TextEncoder.prototype === Object.getPrototypeOf(te); });
