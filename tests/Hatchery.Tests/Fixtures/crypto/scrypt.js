// scrypt (sync and with a callback) with fixed inputs: Node's defaults (N 16384, r 8, p 1), the option names and
// their aliases, inputs as strings, Buffers and typed arrays, and the errors for bad parameters and memory limits.
const crypto = require('crypto');

function attempt(label, f) {
  try {
    const value = f();
    console.log(label, Buffer.isBuffer(value) ? value.toString('hex') : value);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('defaults', () => crypto.scryptSync('password', 'salt', 32));
attempt('rfc 7914 vector 2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
attempt('empty', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
attempt('cost aliases', () => crypto.scryptSync('pw', 'salt', 16, { cost: 256, blockSize: 4, parallelization: 2 }));
attempt('views', () => crypto.scryptSync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 20, { N: 64 }));
attempt('array buffer', () => crypto.scryptSync(new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), 8, { N: 2 }));
attempt('zeros mean defaults', () => crypto.scryptSync('pw', 'salt', 8, { N: 0, r: 0, p: 0, maxmem: 0 }));
attempt('keylen 0', () => crypto.scryptSync('pw', 'salt', 0).length);
attempt('enough maxmem', () => crypto.scryptSync('pw', 'salt', 8, { N: 32768, r: 1, maxmem: 5 * 1024 * 1024 }));
attempt('maxmem exceeded', () => crypto.scryptSync('pw', 'salt', 8, { N: 32768, r: 8 }));
attempt('small maxmem', () => crypto.scryptSync('pw', 'salt', 8, { N: 1024, maxmem: 1024 }));
attempt('N not a power of 2', () => crypto.scryptSync('pw', 'salt', 8, { N: 1000 }));
attempt('N 1', () => crypto.scryptSync('pw', 'salt', 8, { N: 1 }));
attempt('N too large for r', () => crypto.scryptSync('pw', 'salt', 8, { N: 65536, r: 1, maxmem: 2 ** 40 }));
attempt('N and cost', () => crypto.scryptSync('pw', 'salt', 8, { N: 16, cost: 16 }));
attempt('r and blockSize', () => crypto.scryptSync('pw', 'salt', 8, { r: 1, blockSize: 1 }));
attempt('p and parallelization', () => crypto.scryptSync('pw', 'salt', 8, { p: 1, parallelization: 1 }));
attempt('N string', () => crypto.scryptSync('pw', 'salt', 8, { N: '16' }));
attempt('N negative', () => crypto.scryptSync('pw', 'salt', 8, { N: -1 }));
attempt('maxmem negative', () => crypto.scryptSync('pw', 'salt', 8, { maxmem: -1 }));
attempt('maxmem fraction', () => crypto.scryptSync('pw', 'salt', 8, { maxmem: 1.5 }));
attempt('keylen negative', () => crypto.scryptSync('pw', 'salt', -1));
attempt('keylen string', () => crypto.scryptSync('pw', 'salt', '8'));
attempt('number password', () => crypto.scryptSync(5, 'salt', 8));
attempt('object salt', () => crypto.scryptSync('pw', {}, 8));
attempt('no callback', () => crypto.scrypt('pw', 'salt', 8));
attempt('bad callback', () => crypto.scrypt('pw', 'salt', 8, {}, 'nope'));
attempt('callback error thrown', () => crypto.scrypt('pw', 'salt', 8, { N: 3 }, () => console.log('not called')));

// One job at a time, so the order of the answers does not depend on the thread pool.
let sync = true;
crypto.scrypt('password', 'salt', 16, (err, key) => {
  console.log('callback defaults', err, key.toString('hex'), 'sync:', sync);
  crypto.scrypt('password', 'salt', 16, { N: 1024, r: 2, p: 3 }, function (err2, key2) {
    console.log('callback options', err2, key2.toString('hex'));
    crypto.scrypt('password', 'salt', 0, (err3, key3) => console.log('callback keylen 0', err3, key3.length));
  });
});
sync = false;
