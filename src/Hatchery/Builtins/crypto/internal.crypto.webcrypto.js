// Web Crypto as Node 20 offers it (globalThis.crypto, crypto.webcrypto): getRandomValues, randomUUID, and of
// SubtleCrypto only digest. Built over the C# binding crypto.js passes in.

const { DOMException } = require('internal/dom-exception');
const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, bindingError } = require('internal/errors');

const digests = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };
const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array];

module.exports = function webCrypto(binding) {
  const kConstruct = Symbol('kConstruct');

  class SubtleCrypto {
    constructor(key) {
      if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    }

    async digest(algorithm, data) {
      if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
      const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
      const digest = typeof name === 'string' ? digests[name.toLowerCase()] : undefined;
      if (!ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
        throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE',
          "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
      }
      if (digest === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
      return binding.hashAsync(digest, data instanceof ArrayBuffer ? new Uint8Array(data) : data);
    }
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

  const subtle = new SubtleCrypto(kConstruct);

  class Crypto {
    constructor(key) {
      if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    }

    get subtle() {
      if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
      return subtle;
    }

    getRandomValues(array) {
      if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
      if (!integerArrays.some((type) => array instanceof type)) {
        throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
      }
      if (array.byteLength > 65536) {
        throw new DOMException(`The requested length exceeds 65,536 bytes`, 'QuotaExceededError');
      }
      binding.randomFill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), 0, array.byteLength);
      return array;
    }

    randomUUID() {
      if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
      return binding.randomUUID();
    }
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

  return { crypto: new Crypto(kConstruct), Crypto, SubtleCrypto };
};
