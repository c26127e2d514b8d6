// Buffer members made on first read: names, order, descriptors, identities, and a use of each kind.
const b = Buffer.from('hello');
console.log(b.toString('base64'), b.toString(), Buffer.alloc(3, 'ab'), Buffer.concat([b, b]).length, b.equals(Buffer.from('hello')));
console.log(b.slice(1, 3), b.subarray(2), b.slice(1,3) instanceof Buffer, Buffer.isBuffer(b), Buffer.byteLength('héllo'), atob(btoa('hi')));
console.log(require('buffer').isUtf8(b), Buffer.copyBytesFrom(new Uint16Array([1,2,3]),1,1), Buffer.copyBytesFrom(new Uint8Array([1,2,3])), b.inspect === b[Symbol.for('nodejs.util.inspect.custom')]);
console.log(b.readUInt8(0), b.latin1Slice(0, 2), require('buffer').SlowBuffer(2), b.toLocaleString === b.toString, b.write('J'), b+'');
const d = Object.getOwnPropertyDescriptor(require('buffer'), 'constants'); console.log(d.writable, d.enumerable, d.configurable);
for (const n of ['parent','offset','inspect','subarray','toLocaleString','toString','copy', 'slice']) { const d=Object.getOwnPropertyDescriptor(Buffer.prototype,n); console.log(n, d.enumerable, d.writable, d.configurable, typeof d.get, d.value && d.value.name, d.value&&d.value.length); }
for (const n of Object.getOwnPropertyNames(Buffer).slice(3)) { const d=Object.getOwnPropertyDescriptor(Buffer,n); console.log(n, d.enumerable, d.writable, d.configurable, d.value && d.value.name, d.value && d.value.length); }
try { Buffer.copyBytesFrom([1]) } catch (e) { console.log(e.code, e.message) }
try { Buffer.copyBytesFrom(new Uint8Array(2), -1) } catch (e) { console.log(e.code, e.message) }
