// Node's Cipheriv and Decipheriv for AES in CBC and GCM modes, over the C# binding crypto.js passes in. Both are
// plain objects with update/final (not streams). Errors follow Node 20: its C++ errors (unknown cipher, key and IV
// lengths, OpenSSL's failures) carry a code but show none in their first stack line.

const { StringDecoder } = require('string_decoder');
const { ERR_CRYPTO_INVALID_STATE, bindingError, validateString } = require('internal/errors');
const { bufferTypes, fromBytes, toBytes } = require('internal/crypto/bytes');

// name -> [mode, key length]; every mode here takes a 16-byte IV, except GCM's 12-byte nonce.
const table = {
  'aes-128-cbc': ['cbc', 16],
  'aes-128-gcm': ['gcm', 16],
  'aes-192-cbc': ['cbc', 24],
  'aes-192-gcm': ['gcm', 24],
  'aes-256-cbc': ['cbc', 32],
  'aes-256-gcm': ['gcm', 32],
};
const keyTypes = [...bufferTypes, 'KeyObject', 'CryptoKey'];
const dataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

// OpenSSL's error for a failed final block, as Node shows it.
function opensslError(reason) {
  const ids = { 'bad decrypt': '1C800064', 'wrong final block length': '1C80006B' };
  const error = new Error(`error:${ids[reason]}:Provider routines::${reason}`);
  error.library = 'Provider routines';
  error.reason = reason;
  error.code = `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}`;
  return error;
}

module.exports = function cipherClasses(binding) {
  let authTag; // (cipher, tag) => the private #authTag of CipherBase, for the two subclasses

  class CipherBase {
    static {
      authTag = (cipher, tag) => cipher.#authTag(tag);
    }

    #handle = null;
    #mode;
    #encrypt;
    #key;
    #iv;
    #padding = true;
    #state = 'initial'; // 'initial' until the first update, then 'updating', then 'final'
    #decoder = null;

    constructor(encrypt, cipher, key, iv, options) {
      validateString(cipher, 'cipher');
      const keyBytes = toBytes(key, 'key', 'utf8', keyTypes);
      const ivBytes = iv === null ? null : toBytes(iv, 'iv');
      const entry = table[cipher.toLowerCase()];
      if (entry === undefined) throw bindingError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
      const [mode, keyLength] = entry;
      if (keyBytes.byteLength !== keyLength) throw bindingError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
      // .NET's AES-GCM takes only the standard 12-byte nonce.
      if (ivBytes === null || ivBytes.byteLength !== (mode === 'gcm' ? 12 : 16)) {
        throw bindingError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
      }
      this.#mode = mode;
      this.#encrypt = encrypt;
      this.#key = keyBytes;
      this.#iv = ivBytes;
      if (mode === 'gcm') {
        const tagLength = options?.authTagLength ?? 16;
        if (!binding.isAuthTagLength(tagLength)) throw invalidTagLength(tagLength);
        this.#handle = binding.createGcm(encrypt, keyBytes, ivBytes, tagLength);
      }
    }

    // CBC's transform is made on first use, so that setAutoPadding may come first.
    #ready() {
      if (this.#handle === null) this.#handle = binding.createCbc(this.#encrypt, this.#key, this.#iv, this.#padding);
      return this.#handle;
    }

    update(data, inputEncoding = undefined, outputEncoding = undefined) {
      const bytes = toBytes(data, 'data', inputEncoding, dataTypes);
      if (this.#state === 'final') throw new Error('Trying to add data in unsupported state');
      this.#state = 'updating';
      return this.#output(fromBytes(binding.cipherUpdate(this.#ready(), bytes)), outputEncoding, false);
    }

    final(outputEncoding = undefined) {
      if (this.#state === 'final') throw bindingError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
      this.#state = 'final';
      const result = binding.cipherFinal(this.#ready());
      if (typeof result === 'string') {
        throw result.startsWith('Unsupported') ? new Error(result) : opensslError(result);
      }
      return this.#output(fromBytes(result), outputEncoding, true);
    }

    // Encoded output goes through a StringDecoder, as in Node, so that chunks concatenate (base64, utf8).
    #output(buffer, encoding, end) {
      if (!encoding || encoding === 'buffer') return buffer;
      if (this.#decoder === null) this.#decoder = new StringDecoder(encoding);
      return end ? this.#decoder.end(buffer) : this.#decoder.write(buffer);
    }

    setAutoPadding(autoPadding = true) {
      if (this.#state === 'final') throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
      if (this.#mode === 'cbc' && this.#handle === null) this.#padding = !!autoPadding;
      return this;
    }

    setAAD(buffer, options = undefined) {
      const bytes = toBytes(buffer, 'buffer', options?.encoding, dataTypes);
      if (this.#mode !== 'gcm' || this.#state !== 'initial') throw new ERR_CRYPTO_INVALID_STATE('setAAD');
      binding.setAAD(this.#handle, bytes);
      return this;
    }

    // The tag once final has run (Cipheriv), or setting it before (Decipheriv).
    #authTag(tag) {
      if (tag === undefined) {
        if (this.#mode !== 'gcm' || this.#state !== 'final') throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
        return fromBytes(binding.getAuthTag(this.#handle));
      }
      if (!binding.isAuthTagLength(tag.byteLength)) throw invalidTagLength(tag.byteLength);
      if (this.#mode !== 'gcm' || this.#state === 'final' || binding.getAuthTag(this.#handle) !== undefined) {
        throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
      }
      binding.setAuthTag(this.#handle, tag);
      return this;
    }
  }

  function invalidTagLength(length) {
    return bindingError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${length}`);
  }

  class Cipheriv extends CipherBase {
    constructor(cipher, key, iv, options = undefined) {
      super(true, cipher, key, iv, options);
    }

    getAuthTag() {
      return authTag(this, undefined);
    }
  }

  class Decipheriv extends CipherBase {
    constructor(cipher, key, iv, options = undefined) {
      super(false, cipher, key, iv, options);
    }

    setAuthTag(tagbuf, encoding = undefined) {
      return authTag(this, toBytes(tagbuf, 'buffer', encoding, dataTypes));
    }
  }

  return { Cipheriv, Decipheriv, names: Object.keys(table) };
};
