// Digests and HMAC with fixed inputs: every algorithm, input encodings and views, output encodings, copy, and the
// errors after digest.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const algorithm of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'SHA256']) {
  console.log(algorithm, crypto.createHash(algorithm).update('hello world').digest('hex'));
}
console.log(['md5', 'sha1', 'sha256', 'sha384', 'sha512'].every((h) => crypto.getHashes().includes(h)));

const chained = crypto.createHash('sha256')
  .update('héllo ')
  .update('776f726c64', 'hex')
  .update('IQ==', 'base64')
  .update('\xe9', 'latin1')
  .update(Buffer.from([1, 2, 3]))
  .update(new Uint16Array([0x0102, 0x0304]))
  .update(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2))
  .update('unknown encoding', 'nope');
console.log('chained', chained.digest('hex'));

for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'buffer', undefined, 'nope']) {
  console.log('digest', encoding, crypto.createHash('md5').update('abc').digest(encoding));
}

const base = crypto.createHash('sha1').update('one');
const copy = base.copy();
copy.update('two');
console.log('copy', base.digest('hex'), copy.digest('hex'));
attempt('update after digest', () => base.update('x'));
attempt('digest twice', () => base.digest());
attempt('copy after digest', () => base.copy());

attempt('unknown algorithm', () => crypto.createHash('foo'));
attempt('no algorithm', () => crypto.createHash());
attempt('number data', () => crypto.createHash('sha256').update(5));
attempt('object data', () => crypto.createHash('sha256').update({}));

console.log('hash', crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer'));
attempt('hash unknown', () => crypto.hash('foo', 'a'));
attempt('hash number', () => crypto.hash('sha1', 5));
attempt('hash bad encoding', () => crypto.hash('sha1', 'a', 'nope'));

const hmac = crypto.createHmac('sha256', 'secret').update('message');
console.log('hmac', hmac.digest('hex'));
console.log('hmac again', JSON.stringify(hmac.digest('hex')), hmac.digest());
attempt('hmac update after digest', () => hmac.update('x'));
for (const algorithm of ['md5', 'sha1', 'sha384', 'sha512']) {
  console.log('hmac', algorithm, crypto.createHmac(algorithm, Buffer.from('k3y')).update('data').digest('base64'));
}
console.log('hmac long key', crypto.createHmac('sha256', 'k'.repeat(200)).update('').digest('hex'));
console.log('hmac arraybuffer key', crypto.createHmac('sha1', new Uint8Array([1, 2]).buffer).update('x').digest('hex'));
attempt('hmac no key', () => crypto.createHmac('sha256'));
attempt('hmac number key', () => crypto.createHmac('sha256', 5));
attempt('hmac unknown', () => crypto.createHmac('foo', 'k'));
console.log(typeof crypto.Hash, typeof crypto.Hmac, crypto.createHash('md5') instanceof crypto.Hash);
