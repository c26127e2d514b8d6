// base64-js: byteLength, encode and decode typed arrays.
const b64 = require('base64-js');
const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255]);
const s = b64.fromByteArray(bytes);
console.log(s, b64.byteLength(s), Array.from(b64.toByteArray(s)).join(','), b64.fromByteArray(new TextEncoder().encode('héllo wörld')));
console.log(b64.toByteArray('aGk//w==').length);
try { b64.toByteArray('aGk-_w'); } catch (e) { console.log('invalid:', e.message); }
