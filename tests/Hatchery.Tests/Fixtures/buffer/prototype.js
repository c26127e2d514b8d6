// Buffer.prototype's number readers/writers and legacy …Slice/…Write methods: their names in order, descriptors,
// function names and lengths, and the lowercase aliases being the same functions. Hatchery builds them on first read.
const p = Buffer.prototype;
const lazy = Object.getOwnPropertyNames(p).filter((n) => /^(read|write)[A-Z]|(Slice|Write)$/.test(n));
console.log(lazy.join(' '));
for (const n of lazy) {
  const d = Object.getOwnPropertyDescriptor(p, n);
  console.log(n, d.writable, d.enumerable, d.configurable, typeof d.value, d.value.name, d.value.length);
}
for (const n of lazy.filter((n) => n.includes('Uint'))) console.log(n, p[n] === p[n.replace('Uint', 'UInt')]);
// A method replaced before its alias is first read leaves the alias the original, as in Node.
const original = p.readUInt16LE;
p.readUInt16LE = function replaced() {};
console.log('alias after replacement', p.readUint16LE === original, p.readUInt16LE.name);
p.readUInt16LE = original;
console.log('same function every read', p.writeInt32BE === p.writeInt32BE);
console.log('in', 'readDoubleBE' in Buffer.alloc(1), Object.keys(p).includes('writeBigInt64LE'));
const b = Buffer.from([1, 2, 3, 4, 5, 6]);
for (const call of [() => b.readUIntLE(), () => b.readUIntLE(undefined, 2), () => b.readUIntLE('0', 7), () => b.readIntBE('0', 2),
  () => b.writeUIntLE(1), () => b.writeUIntLE(1, undefined, 2), () => b.writeIntBE(1, '0', 1), () => b.readUIntBE(0, 2),
  () => b.latin1Slice(1, 3), () => b.hexSlice(), () => b.asciiWrite('zz', 4), () => b.utf8Slice(0, 2), () => b.readUInt8(6)]) {
  try {
    console.log(call.toString(), call());
  } catch (e) {
    console.log(call.toString(), e.code, e.message);
  }
}
