// AES-256-GCM and AES-256-CBC with fixed keys and IVs: round trips, chunked updates, AAD and tags, padding, and
// Node's errors.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.reason);
  }
}

const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv12 = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const iv16 = Buffer.from('0f0e0d0c0b0a09080706050403020100', 'hex');
const text = 'The quick brown fox jumps over the lazy dog, twice over.';

// GCM: chunked updates return as much as Node's, the tag covers the AAD.
const gcm = crypto.createCipheriv('aes-256-gcm', key, iv12);
console.log('setAAD returns this', gcm.setAAD(Buffer.from('header')) === gcm);
const parts = [gcm.update(text.slice(0, 10), 'utf8'), gcm.update(text.slice(10), 'utf8'), gcm.final()];
console.log('gcm parts', parts.map((p) => p.length));
const sealed = Buffer.concat(parts);
const tag = gcm.getAuthTag();
console.log('gcm', sealed.toString('hex'), tag.toString('hex'));
console.log('gcm hex out', crypto.createCipheriv('aes-256-gcm', key, iv12).update('hello', 'utf8', 'hex'));
console.log('gcm short tag', crypto.createCipheriv('aes-256-gcm', key, iv12, { authTagLength: 12 }).final().length);

const open = crypto.createDecipheriv('aes-256-gcm', key, iv12);
open.setAAD(Buffer.from('header'));
console.log('setAuthTag returns this', open.setAuthTag(tag) === open);
console.log('gcm open', open.update(sealed.subarray(0, 7), undefined, 'utf8') + open.update(sealed.subarray(7), undefined, 'utf8') + open.final('utf8'));

const badTag = Buffer.from(tag);
badTag[0] ^= 1;
const wrong = crypto.createDecipheriv('aes-256-gcm', key, iv12);
wrong.setAAD(Buffer.from('header'));
wrong.setAuthTag(badTag);
console.log('unauthenticated update', wrong.update(sealed).toString('utf8') === text);
attempt('bad tag', () => wrong.final());
const noAad = crypto.createDecipheriv('aes-256-gcm', key, iv12);
noAad.setAuthTag(tag);
noAad.update(sealed);
attempt('missing aad', () => noAad.final());
const noTag = crypto.createDecipheriv('aes-256-gcm', key, iv12);
noTag.update(sealed);
attempt('no tag', () => noTag.final());

attempt('getAuthTag before final', () => crypto.createCipheriv('aes-256-gcm', key, iv12).getAuthTag());
attempt('setAAD after update', () => {
  const c = crypto.createCipheriv('aes-256-gcm', key, iv12);
  c.update('a');
  return c.setAAD(Buffer.from('a'));
});
attempt('short tag', () => crypto.createDecipheriv('aes-256-gcm', key, iv12).setAuthTag(Buffer.alloc(3)));
attempt('tag twice', () => crypto.createDecipheriv('aes-256-gcm', key, iv12).setAuthTag(tag).setAuthTag(tag));
attempt('bad authTagLength', () => crypto.createCipheriv('aes-256-gcm', key, iv12, { authTagLength: 7 }));
console.log('no setAuthTag on a cipher', typeof crypto.createCipheriv('aes-256-gcm', key, iv12).setAuthTag);

// CBC: PKCS#7 padding, what each update returns, and setAutoPadding.
const cbc = crypto.createCipheriv('aes-256-cbc', key, iv16);
const cbcParts = [cbc.update(text.slice(0, 20)), cbc.update(text.slice(20)), cbc.final()];
console.log('cbc parts', cbcParts.map((p) => p.length));
const cbcSealed = Buffer.concat(cbcParts);
console.log('cbc', cbcSealed.toString('base64'));
const cbcOpen = crypto.createDecipheriv('aes-256-cbc', key, iv16);
const openParts = [cbcOpen.update(cbcSealed.subarray(0, 16)), cbcOpen.update(cbcSealed.subarray(16)), cbcOpen.final()];
console.log('cbc open parts', openParts.map((p) => p.length), Buffer.concat(openParts).toString());
console.log('cbc strings', crypto.createCipheriv('aes-256-cbc', 'x'.repeat(32), 'y'.repeat(16)).update('hi', 'utf8', 'hex'));
console.log('cbc base64 chunks', (() => {
  const c = crypto.createCipheriv('AES-256-CBC', key, iv16);
  return c.update('a'.repeat(17), 'utf8', 'base64') + '|' + c.final('base64');
})());
console.log('cbc empty', crypto.createCipheriv('aes-256-cbc', key, iv16).final('hex'));

const raw = crypto.createCipheriv('aes-256-cbc', key, iv16);
console.log('setAutoPadding returns this', raw.setAutoPadding(false) === raw);
const rawSealed = Buffer.concat([raw.update(Buffer.alloc(32, 7)), raw.final()]);
console.log('no padding', rawSealed.length, rawSealed.toString('hex'));
const rawOpen = crypto.createDecipheriv('aes-256-cbc', key, iv16).setAutoPadding(false);
console.log('no padding open', Buffer.concat([rawOpen.update(rawSealed), rawOpen.final()]).equals(Buffer.alloc(32, 7)));

attempt('bad padding', () => {
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv16);
  d.update(rawSealed);
  return d.final();
});
attempt('partial block', () => {
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv16);
  d.update(Buffer.alloc(15));
  return d.final();
});
attempt('partial block without padding', () => {
  const c = crypto.createCipheriv('aes-256-cbc', key, iv16);
  c.setAutoPadding(false);
  c.update(Buffer.alloc(15));
  return c.final();
});
const done = crypto.createCipheriv('aes-256-cbc', key, iv16);
done.final();
attempt('update after final', () => done.update('a'));
attempt('final twice', () => done.final());
attempt('setAutoPadding after final', () => done.setAutoPadding(false));
attempt('setAAD on cbc', () => crypto.createCipheriv('aes-256-cbc', key, iv16).setAAD(Buffer.from('a')));
attempt('getAuthTag on cbc', () => crypto.createCipheriv('aes-256-cbc', key, iv16).getAuthTag());

attempt('key length', () => crypto.createCipheriv('aes-256-gcm', Buffer.alloc(31), iv12));
attempt('iv length', () => crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(15)));
attempt('null iv', () => crypto.createCipheriv('aes-256-cbc', key, null));
attempt('number iv', () => crypto.createCipheriv('aes-256-cbc', key, 5));
attempt('number key', () => crypto.createCipheriv('aes-256-cbc', 5, iv16));
attempt('number cipher', () => crypto.createCipheriv(5, key, iv16));
attempt('unknown cipher', () => crypto.createCipheriv('foo', key, iv16));
attempt('number data', () => crypto.createCipheriv('aes-256-cbc', key, iv16).update(5));
console.log(['aes-256-cbc', 'aes-256-gcm'].every((c) => crypto.getCiphers().includes(c)));
