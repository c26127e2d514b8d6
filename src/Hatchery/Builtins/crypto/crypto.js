// Node's crypto module over System.Security.Cryptography (the C# binding): digests, HMAC, random values, PBKDF2,
// scrypt (internal/crypto/scrypt, over BouncyCastle), constant-time comparison, AES ciphers (internal/crypto/cipher)
// and Web Crypto (internal/crypto/webcrypto).
// Validation and messages follow Node 20's lib/internal/crypto/*.js.

const { Buffer } = require('buffer');
const {
  ERR_CRYPTO_HASH_FINALIZED,
  ERR_CRYPTO_INVALID_DIGEST,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  bindingError,
  validateFunction,
  validateInt32,
  validateNumber,
  validateString,
} = require('internal/errors');
const { bufferTypes, fromBytes, toBytes } = require('internal/crypto/bytes');
const ciphers = require('internal/crypto/cipher')(binding);
const web = require('internal/crypto/webcrypto')(binding);
// Loaded on first use: most scripts that require crypto never derive a key with scrypt.
let scryptFunctions;
const scryptModule = () => (scryptFunctions ??= require('internal/crypto/scrypt')(binding));
function scrypt(password, salt, keylen, options, callback) {
  return scryptModule().scrypt(...arguments);
}
function scryptSync(password, salt, keylen, options) {
  return scryptModule().scryptSync(...arguments);
}

const kCopy = Symbol('kCopy');
const viewTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const keyTypes = [...bufferTypes, 'KeyObject', 'CryptoKey'];

class Hash {
  #handle;
  #finalized = false;

  constructor(algorithm, options = undefined) {
    if (algorithm === kCopy) {
      this.#handle = options;
      return;
    }
    validateString(algorithm, 'algorithm');
    if (!binding.isHash(algorithm)) throw new Error('Digest method not supported');
    this.#handle = binding.createHash(algorithm);
  }

  copy() {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    return new Hash(kCopy, binding.hashCopy(this.#handle));
  }

  update(data, encoding = undefined) {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    binding.hashUpdate(this.#handle, toBytes(data, 'data', encoding, viewTypes));
    return this;
  }

  digest(encoding = undefined) {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    this.#finalized = true;
    return fromBytes(binding.hashDigest(this.#handle), encoding);
  }
}

class Hmac {
  #handle;
  #finalized = false;

  constructor(algorithm, key, options = undefined) {
    validateString(algorithm, 'hmac');
    const keyBytes = toBytes(key, 'key', options?.encoding, keyTypes);
    if (!binding.isHash(algorithm)) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
    this.#handle = binding.createHmac(algorithm, keyBytes);
  }

  update(data, encoding = undefined) {
    if (this.#finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    binding.hashUpdate(this.#handle, toBytes(data, 'data', encoding, viewTypes));
    return this;
  }

  // A second digest gives an empty result rather than an error: Node keeps this legacy behaviour for Hmac.
  digest(encoding = undefined) {
    if (this.#finalized) return fromBytes(new ArrayBuffer(0), encoding);
    this.#finalized = true;
    return fromBytes(binding.hashDigest(this.#handle), encoding);
  }
}

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  if (!binding.isHash(algorithm)) throw new Error(`Digest method ${algorithm} is not supported`);
  return fromBytes(binding.hashOnce(algorithm, toBytes(input, 'input')), outputEncoding);
}

const kMaxLength = 2 ** 31 - 1;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

// The bytes randomFill writes: a byte view over the buffer or view, from `offset` for `size` bytes (in elements).
function fillTarget(buf, offset, size) {
  if (!(buf instanceof ArrayBuffer) && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const start = assertOffset(offset, elementSize, buf.byteLength);
  const length = size === undefined ? buf.byteLength - start : assertSize(size, elementSize, start, buf.byteLength);
  const store = buf instanceof ArrayBuffer ? buf : buf.buffer;
  return new Uint8Array(store, (buf.byteOffset || 0) + start, length);
}

function randomFillSync(buf, offset = 0, size = undefined) {
  const target = fillTarget(buf, offset, size);
  binding.randomFill(target, 0, target.length);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') [callback, offset, size] = [offset, 0, undefined];
  else if (typeof size === 'function') [callback, size] = [size, undefined];
  validateFunction(callback, 'callback');
  const target = fillTarget(buf, offset, size);
  binding.randomBytesJob(target.length, (error, bytes) => {
    if (error) return callback(error);
    target.set(new Uint8Array(bytes));
    return callback(null, buf);
  });
}

function randomBytes(size, callback = undefined) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return randomFillSync(Buffer.alloc(size));
  binding.randomBytesJob(size, (error, bytes) => (error ? callback(error) : callback(null, Buffer.from(bytes))));
  return undefined;
}

const RAND_MAX = 0xFFFF_FFFF_FFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) [callback, max, min] = [max, min, 0];
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  const value = binding.randomInt(min, max);
  if (callback === undefined) return value;
  // Node answers from its cache of random bytes on the next tick, with an undefined error.
  process.nextTick(callback, undefined, value);
  return undefined;
}

function randomUUID(options = undefined) {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const disable = options?.disableEntropyCache;
  if (disable !== undefined && typeof disable !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.disableEntropyCache', 'boolean', disable);
  return binding.randomUUID();
}

function timingSafeEqual(buf1, buf2) {
  const views = [buf1, buf2].map((value, i) => {
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    if (ArrayBuffer.isView(value)) return value;
    throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "buf${i + 1}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  });
  if (views[0].byteLength !== views[1].byteLength) {
    throw bindingError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(views[0], views[1]);
}

function pbkdf2Arguments(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (!binding.isPbkdf2Hash(digest)) throw bindingError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = pbkdf2Arguments(password, salt, iterations, keylen, digest);
  return args[3] === 0 ? Buffer.alloc(0) : Buffer.from(binding.pbkdf2(...args));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') [callback, digest] = [digest, undefined];
  const args = pbkdf2Arguments(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  if (args[3] === 0) {
    setImmediate(callback, null, Buffer.alloc(0));
    return;
  }
  binding.pbkdf2Job(...args, (error, bytes) => (error ? callback(error) : callback(null, Buffer.from(bytes))));
}

module.exports = {
  Cipheriv: ciphers.Cipheriv,
  Decipheriv: ciphers.Decipheriv,
  Hash,
  Hmac,
  createCipheriv: (cipher, key, iv, options) => new ciphers.Cipheriv(cipher, key, iv, options),
  createDecipheriv: (cipher, key, iv, options) => new ciphers.Decipheriv(cipher, key, iv, options),
  createHash: (algorithm, options) => new Hash(algorithm, options),
  createHmac: (hmac, key, options) => new Hmac(hmac, key, options),
  getCiphers: () => ciphers.names.slice(),
  getHashes: () => binding.hashes(),
  getRandomValues: (array) => web.crypto.getRandomValues(array),
  hash,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  subtle: web.crypto.subtle,
  timingSafeEqual,
  webcrypto: web.crypto,
};
