// js-sha256: sha256/sha224, incremental update, HMAC and array output.
const { sha256, sha224 } = require('js-sha256');
console.log(sha256(''), sha224('abc'), sha256.hmac('key', 'The quick brown fox'));
const h = sha256.create(); h.update('part one, '); h.update('part two');
console.log(h.hex() === sha256('part one, part two'), sha256.array('x').slice(0, 5).join(','), sha256(new Uint8Array([1, 2, 3])));
