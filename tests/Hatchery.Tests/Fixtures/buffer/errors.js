// Buffer's coded errors: class, code, message (with Node 20's descriptions of what was received) and how they print.
const { checkError } = require('../shared/show.cjs');
const buffer = require('buffer');

const b = Buffer.alloc(4);

// What Buffer.from was given.
const received = {
  number: 5, null: null, undefined, bigint: 5n, boolean: true,
  symbol: Symbol('a symbol with a description longer than the limit'), fn: function f() {},
  nullProto: Object.create(null), nullProtoKeys: Object.create(null, { x: { value: 1, enumerable: true } }),
  object: {}, map: new Map(),
};
for (const [name, value] of Object.entries(received)) checkError(`from ${name}`, () => Buffer.from(value));
checkError('from unknown encoding', () => Buffer.from('x', 'nope'));
checkError('from arrayBuffer offset', () => Buffer.from(new ArrayBuffer(4), 5));
checkError('from arrayBuffer length', () => Buffer.from(new ArrayBuffer(4), 1, 9));

// Sizes, and received strings around the 28-character limit.
checkError('alloc -1', () => Buffer.alloc(-1));
checkError('alloc -0.5', () => Buffer.alloc(-0.5));
checkError('alloc NaN', () => Buffer.alloc(NaN));
checkError('alloc Infinity', () => Buffer.alloc(Infinity));
checkError('alloc 2 ** 33', () => Buffer.alloc(2 ** 33));
checkError('alloc string', () => Buffer.alloc('5'));
checkError('alloc 28 characters', () => Buffer.alloc('x'.repeat(28)));
checkError('alloc long string', () => Buffer.alloc('z'.repeat(40)));
checkError('alloc long quoted string', () => Buffer.alloc("it's a long string with a quote in it"));
checkError('alloc bigint', () => Buffer.alloc(5n));
checkError('alloc null prototype', () => Buffer.alloc(Object.create(null)));
checkError('allocUnsafe -1', () => Buffer.allocUnsafe(-1));
checkError('allocUnsafeSlow string', () => Buffer.allocUnsafeSlow('x'));
checkError('SlowBuffer -1', () => buffer.SlowBuffer(-1));

// Static functions.
checkError('byteLength number', () => Buffer.byteLength(5));
checkError('compare buf1', () => Buffer.compare('x', b));
checkError('compare buf2', () => Buffer.compare(b, 'x'));
checkError('concat string', () => Buffer.concat('x'));
checkError('concat [string]', () => Buffer.concat(['x']));
checkError('concat [buffer, number]', () => Buffer.concat([b, 1]));
checkError('concat [buffer, array-like]', () => Buffer.concat([b, { length: 1 }]));
checkError('concat length -1', () => Buffer.concat([b], -1));
checkError('concat length 1.5', () => Buffer.concat([b], 1.5));
checkError('atob()', () => atob());
checkError('btoa()', () => btoa());
checkError('isUtf8 string', () => buffer.isUtf8('x'));
checkError('isAscii number', () => buffer.isAscii(5));

// Encodings: names are made strings first, as Node's getEncodingOps does.
checkError('toString unknown', () => b.toString('nope'));
checkError('toString empty', () => b.toString(''));
checkError('toString null', () => b.toString(null));
checkError('toString number', () => b.toString(5));
checkError('toString object', () => b.toString({}));
checkError('toString array', () => b.toString(['hex', 'x']));
checkError('toString symbol', () => b.toString(Symbol('s')));
checkError('indexOf unknown', () => b.indexOf('a', 0, 'nope'));
checkError('indexOf empty', () => b.indexOf('a', 0, ''));
checkError('indexOf null', () => b.indexOf('a', 0, null));
checkError('indexOf object', () => b.indexOf('a', 0, {}));
checkError('indexOf symbol', () => b.indexOf('a', 0, Symbol('s')));
checkError('includes null', () => b.includes('a', 0, null));

// write: the string check is Node's C++ one, a plain TypeError with a code.
checkError('write number', () => b.write(1));
checkError('write number at offset', () => b.write(1, 0));
checkError('write offset -1', () => b.write('a', -1));
checkError('write offset 9', () => b.write('a', 9));
checkError('write length 9', () => b.write('a', 0, 9));
checkError('write unknown encoding', () => b.write('a', 0, 1, 'nope'));
checkError('write unknown encoding as offset', () => b.write('a', 'nope'));
checkError('write object encoding', () => b.write('a', 0, 1, {}));
checkError('write symbol encoding', () => b.write('a', 0, 1, Symbol('s')));
checkError('latin1Write number', () => b.latin1Write(1));
checkError('hexWrite offset', () => b.hexWrite('aa', 9));

// Comparing, copying, filling, searching.
checkError('equals string', () => b.equals('x'));
checkError('compare string', () => b.compare('x'));
checkError('compare targetStart', () => b.compare(b, -1));
checkError('compare targetEnd', () => b.compare(b, 0, 9));
checkError('compare sourceStart', () => b.compare(b, 0, 1, 'x'));
checkError('copy string', () => b.copy('x'));
checkError('copy targetStart', () => b.copy(b, -1));
checkError('copy targetStart -0.5', () => b.copy(b, -0.5));
checkError('copy targetStart -2 ** 40', () => b.copy(b, -(2 ** 40)));
checkError('copy sourceStart', () => b.copy(b, 0, 9));
checkError('copy sourceEnd', () => b.copy(b, 0, 0, -1));
checkError('fill unknown encoding', () => b.fill('a', 'nope'));
checkError('fill number encoding', () => b.fill('a', 0, 1, 5));
checkError('fill object encoding', () => b.fill('a', 0, 1, {}));
checkError('fill empty encoding', () => Buffer.alloc(2).fill('a', 0, 2, ''));
checkError('fill empty encoding as offset', () => Buffer.alloc(2).fill('a', ''));
checkError('fill offset', () => b.fill(1, -1));
checkError('fill end', () => b.fill(1, 0, 9));
checkError('fill empty buffer', () => b.fill(Buffer.alloc(0)));
checkError('fill empty Uint8Array', () => b.fill(new Uint8Array(0)));
checkError('fill bad hex', () => b.fill('zz', 'hex'));
checkError('indexOf object', () => b.indexOf({}));
checkError('swap16', () => Buffer.alloc(3).swap16());
checkError('swap32', () => Buffer.alloc(3).swap32());
checkError('swap64', () => Buffer.alloc(3).swap64());

// Number readers and writers.
checkError('readUInt8 99', () => b.readUInt8(99));
checkError('readUInt8 -1', () => b.readUInt8(-1));
checkError('readUInt8 1.5', () => b.readUInt8(1.5));
checkError('readUInt8 NaN', () => b.readUInt8(NaN));
checkError('readUInt8 Infinity', () => b.readUInt8(Infinity));
checkError('readUInt8 string', () => b.readUInt8('1'));
checkError('readUInt32LE 1', () => b.readUInt32LE(1));
checkError('readDoubleLE short', () => b.readDoubleLE(0));
checkError('readBigInt64LE short', () => b.readBigInt64LE(0));
checkError('readUIntLE byteLength 7', () => b.readUIntLE(0, 7));
checkError('readUIntLE byteLength string', () => b.readUIntLE(0, 'x'));
checkError('readUIntLE byteLength 1.5', () => b.readUIntLE(0, 1.5));
checkError('writeUInt8 256', () => b.writeUInt8(256));
checkError('writeUInt8 -0.5', () => b.writeUInt8(-0.5));
checkError('writeInt8 -129', () => b.writeInt8(-129));
checkError('writeUInt8 offset string', () => b.writeUInt8(1, 'x'));
checkError('writeUInt32LE 2 ** 32', () => b.writeUInt32LE(2 ** 32));
checkError('writeInt32LE 2 ** 40', () => b.writeInt32LE(2 ** 40));
checkError('writeUIntLE 2 ** 48', () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6));
checkError('writeIntLE 2 ** 47', () => Buffer.alloc(8).writeIntLE(2 ** 47, 0, 6));
checkError('writeDoubleLE short', () => b.writeDoubleLE(1, 0));
checkError('writeBigInt64LE 2n ** 63n', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
checkError('writeBigUInt64LE -1n', () => Buffer.alloc(8).writeBigUInt64LE(-1n));

// A coded error names its code in the first line of its stack and when printed; one from C++ does not.
try {
  Buffer.alloc(-1);
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.error(e);
}
try {
  b.write(1);
} catch (e) {
  console.error(e);
}
