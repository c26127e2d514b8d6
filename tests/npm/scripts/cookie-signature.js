// cookie-signature: HMAC-SHA256 signatures (crypto.createHmac, base64) checked with crypto.timingSafeEqual.
const signature = require('cookie-signature');

const signed = signature.sign('user=ada; role=admin', 'tobiiscool');
console.log('signed', signed);
console.log('unsign', signature.unsign(signed, 'tobiiscool'));
console.log('wrong secret', signature.unsign(signed, 'luna'));
console.log('tampered', signature.unsign(signed.replace('admin', 'owner'), 'tobiiscool'));
console.log('truncated', signature.unsign(signed.slice(0, -1), 'tobiiscool'));
console.log('buffer secret', signature.sign('hello', Buffer.from([1, 2, 3, 4])));
console.log('typed-array secret', signature.sign('hello', new Uint8Array([1, 2, 3, 4])) === signature.sign('hello', Buffer.from([1, 2, 3, 4])));
console.log('unicode', signature.sign('café ☕', 'sekrit'));
for (const bad of [() => signature.sign(42, 's'), () => signature.sign('v'), () => signature.unsign('v.x', null)]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
