// Buffer.prototype's own names, their descriptors, the methods' names and lengths, and the lowercase aliases being
// the same functions: Hatchery builds the number readers/writers and the legacy methods on first read.
const p = Buffer.prototype;
const rw = Object.getOwnPropertyNames(p).filter((n) => /^(read|write)|(Slice|Write)$/.test(n));
console.log(rw.join(' '));
for (const n of rw) {
  const d = Object.getOwnPropertyDescriptor(p, n);
  console.log(n, d.writable, d.enumerable, d.configurable, typeof d.value, d.value.name, d.value.length);
}
for (const n of rw.filter((n) => n.includes('Uint'))) {
  console.log(n, p[n] === p[n.replace('Uint', 'UInt')]);
}
console.log('readUint8 === readUInt8', p.readUint8 === p.readUInt8);
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
  () => b.latin1Slice(1, 3), () => b.hexSlice(), () => b.asciiWrite('zz', 4), () => b.utf8Slice(0, 2)]) {
  try {
    console.log(call.toString(), call());
  } catch (e) {
    console.log(call.toString(), e.code, e.message);
  }
}
