// PBKDF2 (sync and with a callback) and timingSafeEqual, with fixed inputs.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const digest of ['sha1', 'sha256', 'sha384', 'sha512', 'SHA256']) {
  console.log(digest, crypto.pbkdf2Sync('password', 'salt', 1000, 32, digest).toString('hex'));
}
console.log('views', crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 2, 70, 'sha256').toString('base64'));
console.log('empty', crypto.pbkdf2Sync('', '', 1, 0, 'sha1'));
attempt('iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 32, 'sha256'));
attempt('keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'));
attempt('unknown digest', () => crypto.pbkdf2Sync('p', 's', 1, 32, 'foo'));
attempt('no digest', () => crypto.pbkdf2Sync('p', 's', 1, 1));
attempt('number password', () => crypto.pbkdf2Sync(5, 's', 1, 1, 'sha256'));
attempt('no callback', () => crypto.pbkdf2('p', 's', 1, 32, 'sha256'));

let sync = true;
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  console.log('callback', err, key.toString('hex'), 'sync:', sync);
});
sync = false;

console.log('equal', crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log('views', crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))));
attempt('different lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
attempt('string', () => crypto.timingSafeEqual('a', Buffer.from('a')));
attempt('second', () => crypto.timingSafeEqual(Buffer.from('a'), 1));
