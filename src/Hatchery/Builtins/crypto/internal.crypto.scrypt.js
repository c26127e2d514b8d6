// Node's crypto.scrypt and crypto.scryptSync over the C# binding crypto.js passes in (BouncyCastle's SCrypt). The
// option checks and messages follow Node 20's lib/internal/crypto/scrypt.js; invalid parameters fail as OpenSSL
// makes them fail there, with one message whatever the parameter.

const { Buffer } = require('buffer');
const { bindingError, validateFunction, validateInt32, validateInteger, validateUint32 } = require('internal/errors');
const { toBytes } = require('internal/crypto/bytes');

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

module.exports = (binding) => {
  function check(password, salt, keylen, options) {
    password = toBytes(password, 'password');
    salt = toBytes(salt, 'salt');
    validateInt32(keylen, 'keylen', 0);
    let { N, r, p, maxmem } = defaults;
    if (options && options !== defaults) {
      const hasN = options.N !== undefined;
      if (hasN) validateUint32((N = options.N), 'N');
      if (options.cost !== undefined) {
        if (hasN) throw invalidParameter();
        validateUint32((N = options.cost), 'cost');
      }
      const hasR = options.r !== undefined;
      if (hasR) validateUint32((r = options.r), 'r');
      if (options.blockSize !== undefined) {
        if (hasR) throw invalidParameter();
        validateUint32((r = options.blockSize), 'blockSize');
      }
      const hasP = options.p !== undefined;
      if (hasP) validateUint32((p = options.p), 'p');
      if (options.parallelization !== undefined) {
        if (hasP) throw invalidParameter();
        validateUint32((p = options.parallelization), 'parallelization');
      }
      if (options.maxmem !== undefined) validateInteger((maxmem = options.maxmem), 'maxmem', 0);
      if (N === 0) N = defaults.N;
      if (r === 0) r = defaults.r;
      if (p === 0) p = defaults.p;
      if (maxmem === 0) maxmem = defaults.maxmem;
    }
    if (!binding.scryptValid(N, r, p, maxmem)) {
      throw bindingError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
        'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
    }
    return [password, salt, N, r, p, keylen];
  }

  function invalidParameter() {
    return bindingError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
  }

  function scryptSync(password, salt, keylen, options = defaults) {
    return Buffer.from(binding.scrypt(...check(password, salt, keylen, options)));
  }

  function scrypt(password, salt, keylen, options, callback = defaults) {
    if (callback === defaults) [callback, options] = [options, defaults];
    const args = check(password, salt, keylen, options);
    validateFunction(callback, 'callback');
    binding.scryptJob(...args, (error, bytes) => (error ? callback(error) : callback(null, Buffer.from(bytes))));
  }

  return { scrypt, scryptSync };
};
