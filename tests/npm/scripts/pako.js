// pako: deflate/inflate, gzip round trips and raw deflate.
const pako = require('pako');
const text = 'hello hello hello hello pako '.repeat(20);
const def = pako.deflate(text);
console.log(def.length, Buffer.from(def).toString('base64').slice(0, 24), pako.inflate(def, { to: 'string' }) === text);
const gz = pako.gzip('gzip me');
console.log(gz[0], gz[1], pako.ungzip(gz, { to: 'string' }), pako.inflateRaw(pako.deflateRaw(new Uint8Array([1, 2, 3, 3, 3]))).join(','));
try { pako.inflate(new Uint8Array([1, 2, 3])); } catch (e) { console.log('error:', e); }
