const { check } = require('../shared/show.cjs');
const cases = [
  ['UInt8', 1, [0, 1, 127, 128, 255]], ['Int8', 1, [0, 1, -1, 127, -128]],
  ['UInt16LE', 2, [0, 1, 0x1234, 65535]], ['UInt16BE', 2, [0, 1, 0x1234, 65535]],
  ['Int16LE', 2, [0, -1, 32767, -32768, 0x1234]], ['Int16BE', 2, [0, -1, 32767, -32768, 0x1234]],
  ['UInt32LE', 4, [0, 1, 0x12345678, 4294967295]], ['UInt32BE', 4, [0, 1, 0x12345678, 4294967295]],
  ['Int32LE', 4, [0, -1, 2147483647, -2147483648, 0x12345678]], ['Int32BE', 4, [0, -1, 2147483647, -2147483648]],
  ['FloatLE', 4, [0, -0, 1.5, -2.25, 3.4028234663852886e38, 1e-45, Infinity, -Infinity, NaN, 0.1]],
  ['FloatBE', 4, [1.5, -2.25, NaN, 0.1]],
  ['DoubleLE', 8, [0, -0, 1.5, Math.PI, Number.MAX_VALUE, Number.MIN_VALUE, -Infinity, NaN]],
  ['DoubleBE', 8, [1.5, Math.PI, -Infinity]],
  ['BigUInt64LE', 8, [0n, 1n, 2n ** 64n - 1n, 0x0102030405060708n]], ['BigUInt64BE', 8, [0n, 2n ** 64n - 1n, 0x0102030405060708n]],
  ['BigInt64LE', 8, [0n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n]], ['BigInt64BE', 8, [-1n, -(2n ** 63n), 0x0102030405060708n]],
];
for (const [type, size, values] of cases) {
  for (const value of values) {
    check(`${type} ${typeof value === 'bigint' ? `${value}n` : Object.is(value, -0) ? '-0' : value}`, () => {
      const b = Buffer.alloc(size + 2, 0xaa);
      const end = b[`write${type}`](value, 1);
      return [end, b, b[`read${type}`](1)];
    });
  }
  check(`${type} default offset`, () => { const b = Buffer.alloc(size); return [b[`write${type}`](typeof cases.find((c) => c[0] === type)[2][0] === 'bigint' ? 1n : 1), b[`read${type}`]()]; });
  check(`${type} read past end`, () => Buffer.alloc(size + 1)[`read${type}`](2));
  check(`${type} read short buffer`, () => Buffer.alloc(size - 1)[`read${type}`](0));
  check(`${type} read negative`, () => Buffer.alloc(size)[`read${type}`](-1));
  check(`${type} read fractional`, () => Buffer.alloc(size + 2)[`read${type}`](1.5));
  check(`${type} read string offset`, () => Buffer.alloc(size)[`read${type}`]('0'));
  check(`${type} read NaN`, () => Buffer.alloc(size)[`read${type}`](NaN));
  check(`${type} read Infinity`, () => Buffer.alloc(size)[`read${type}`](Infinity));
  check(`${type} read huge`, () => Buffer.alloc(size)[`read${type}`](2 ** 40));
  check(`${type} write past end`, () => Buffer.alloc(size)[`write${type}`](typeof values[0] === 'bigint' ? 0n : 0, 1));
  check(`${type} write string offset`, () => Buffer.alloc(size)[`write${type}`](typeof values[0] === 'bigint' ? 0n : 0, '0'));
}
for (const [type, min, max] of [['UInt8', 0, 255], ['Int8', -128, 127], ['UInt16LE', 0, 65535], ['Int16BE', -32768, 32767],
  ['UInt32BE', 0, 4294967295], ['Int32LE', -2147483648, 2147483647]]) {
  check(`${type} below min`, () => Buffer.alloc(4)[`write${type}`](min - 1, 0));
  check(`${type} above max`, () => Buffer.alloc(4)[`write${type}`](max + 1, 0));
  check(`${type} fractional value`, () => { const b = Buffer.alloc(4); b[`write${type}`](min < 0 ? -1.7 : 1.7, 0); return b; });
  check(`${type} NaN value`, () => { const b = Buffer.alloc(4, 9); b[`write${type}`](NaN, 0); return b; });
  check(`${type} string value`, () => { const b = Buffer.alloc(4); b[`write${type}`]('3', 0); return b; });
  check(`${type} bad value and bad offset`, () => Buffer.alloc(4)[`write${type}`](max + 1, 'x'));
}
check('BigUInt64 too big', () => Buffer.alloc(8).writeBigUInt64LE(2n ** 64n));
check('BigUInt64 negative', () => Buffer.alloc(8).writeBigUInt64BE(-1n));
check('BigInt64 too big', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
check('BigInt64 too small', () => Buffer.alloc(8).writeBigInt64BE(-(2n ** 63n) - 1n));
for (let byteLength = 1; byteLength <= 6; byteLength++) {
  const max = 2 ** (8 * byteLength) - 1;
  const half = 2 ** (8 * byteLength - 1);
  for (const [kind, values] of [['UIntLE', [0, 1, max, 0x010203040506 % (max + 1)]], ['UIntBE', [1, max, 0x010203040506 % (max + 1)]],
    ['IntLE', [-1, -half, half - 1, 5]], ['IntBE', [-1, -half, half - 1, -5]]]) {
    for (const value of values) {
      check(`${kind} ${byteLength} ${value}`, () => {
        const b = Buffer.alloc(byteLength + 1);
        return [b[`write${kind}`](value, 1, byteLength), b, b[`read${kind}`](1, byteLength)];
      });
    }
  }
  check(`UIntLE ${byteLength} above max`, () => Buffer.alloc(8).writeUIntLE(max + 1, 0, byteLength));
  check(`IntBE ${byteLength} below min`, () => Buffer.alloc(8).writeIntBE(-half - 1, 0, byteLength));
  check(`UIntBE ${byteLength} past end`, () => Buffer.alloc(byteLength).readUIntBE(1, byteLength));
}
for (const bad of [0, 7, 1.5, '2', undefined, NaN]) {
  check(`readUIntLE byteLength ${String(bad)}`, () => Buffer.alloc(8).readUIntLE(0, bad));
  check(`writeIntBE byteLength ${String(bad)}`, () => Buffer.alloc(8).writeIntBE(0, 0, bad));
}
check('48-bit fractional negative', () => { const b = Buffer.alloc(6); b.writeIntLE(-1.5, 0, 6); return b; });
check('lowercase aliases', () => {
  const b = Buffer.alloc(8);
  return [b.writeUint8(1, 0), b.readUint8(0), b.writeUint16LE(2, 0), b.readUint16BE(0), b.writeUint32BE(3, 0), b.readUint32LE(0),
    b.writeUintLE(4, 0, 3), b.readUintBE(0, 3), b.writeBigUint64LE(5n, 0), b.readBigUint64BE(0), b.readUint16LE === b.readUInt16LE];
});
check('read on subarray', () => { const b = Buffer.from([1, 2, 3, 4, 5]).subarray(1); return [b.readUInt16BE(0), b.readUInt32LE(0)]; });
