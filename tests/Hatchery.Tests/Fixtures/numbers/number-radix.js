// Number.prototype.toString(radix): V8's shortest digits for fractions in every base, and its zeros past 2^53.
// A seeded generator (xorshift) makes the same few thousand doubles each run, from their bits, so no arithmetic of
// the engine's (Math.pow's last bit differs between engines) changes which doubles they are.
let state = 0x9e3779b9;
function next() {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 2 ** 32;
}
const fixed = [0.5, -0.5, 0.1, 1 / 3, 255.5, 4.35, 2 ** -30, 2 ** 60, 2 ** 64, 1e21, 123.456, Number.MAX_VALUE,
  Number.MIN_VALUE, Number.EPSILON, 2 ** 53 - 1, 2 ** 53 + 2, -1e-7, 0.999999999999, 1 - 2 ** -53, 36 ** 10 + 0.25];
const lines = [];
for (const radix of [2, 3, 5, 7, 8, 16, 36]) lines.push(radix + ': ' + fixed.map((v) => v.toString(radix)).join(' '));
const bits = new DataView(new ArrayBuffer(8));
function randomDouble(minExponent, maxExponent) {
  const exponent = minExponent + Math.floor(next() * (maxExponent - minExponent));
  bits.setUint32(0, ((next() < 0.5 ? 0x800 : 0) | (exponent + 1023)) << 20 | Math.floor(next() * 2 ** 20));
  bits.setUint32(4, Math.floor(next() * 2 ** 32));
  return bits.getFloat64(0);
}
let checksum = 0;
for (let i = 0; i < 3000; i++) {
  const kind = i % 4;
  const v = kind === 0 ? next() : kind === 1 ? randomDouble(-20, 70) : kind === 2 ? Math.floor(next() * 2 ** 40) / 2 ** 10 : randomDouble(-1070, -20);
  const radix = 2 + (i % 35);
  const text = v.toString(radix);
  if (i % 150 === 0) lines.push(`${v.toString()} in ${radix}: ${text}`);
  for (let j = 0; j < text.length; j++) checksum = (checksum * 31 + text.charCodeAt(j)) >>> 0;
}
lines.push('checksum ' + checksum);
console.log(lines.join('\n'));
console.log((255).toString(16), (-255).toString(2), (0).toString(7), (-0).toString(3), NaN.toString(2), (-Infinity).toString(16));
for (const bad of [1, 37, 0]) {
  try { (1).toString(bad) } catch (e) { console.log(e.name, e.message) }
}
console.log((10.5).toString(10), (10.5).toString(), (10.5).toString(16.9), (1e21).toString(10.5), Number.prototype.toString.call(new Number(0.5), 3));
try { Number.prototype.toString.call('x', 2) } catch (e) { console.log(e.name) }
console.log(Number.prototype.toString.name, Number.prototype.toString.length);
