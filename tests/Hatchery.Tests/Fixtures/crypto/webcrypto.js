// The global crypto (crypto.webcrypto): getRandomValues, randomUUID and subtle.digest.
const nodeCrypto = require('node:crypto');

console.log(globalThis.crypto === nodeCrypto.webcrypto, nodeCrypto.subtle === crypto.subtle);
console.log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(crypto)).sort());
console.log(typeof crypto.randomUUID(), crypto.randomUUID().length, crypto.getRandomValues(new Int32Array(3)).length);
try {
  crypto.getRandomValues.call({}, new Uint8Array(2));
} catch (e) {
  console.log(e.name, e.code, e.message);
}

const data = new TextEncoder().encode('abc');
const promise = crypto.subtle.digest('SHA-256', data);
console.log(promise instanceof Promise);
promise.then((digest) => console.log('SHA-256', Object.prototype.toString.call(digest), Buffer.from(digest).toString('hex')));
crypto.subtle.digest({ name: 'sha-1' }, data.buffer).then((digest) => console.log('SHA-1', Buffer.from(digest).toString('hex')));
crypto.subtle.digest('SHA-384', new DataView(data.buffer)).then((digest) => console.log('SHA-384', digest.byteLength));
crypto.subtle.digest('SHA-512', Buffer.from('abc')).then((digest) => console.log('SHA-512', Buffer.from(digest).toString('base64')));
crypto.subtle.digest('MD5', data).catch((e) => console.log('MD5', e.name, e.message));
crypto.subtle.digest('SHA-256', 'abc').catch((e) => console.log('string', e.name, e.code, e.message));
