namespace Hatchery.Builtins.Crypto;

/// <summary>The text <c>hatchery modules crypto</c> shows.</summary>
internal static class CryptoDocumentation
{
    public const string Text = """
        crypto — Node's cryptography functions, built on .NET's System.Security.Cryptography

        const crypto = require('crypto');   // also require('node:crypto'); the global crypto is crypto.webcrypto

        Digests and HMAC (algorithms: md5, sha1, sha256, sha384, sha512, and sha3-256/384/512 where the platform has them)
          createHash(algorithm)          a Hash: update(data[, inputEncoding]) (chainable), digest([encoding]), copy()
          createHmac(algorithm, key)     an Hmac: update(data[, inputEncoding]), digest([encoding])
          hash(algorithm, data[, outputEncoding = 'hex'])   a one-shot digest
          getHashes()                    the algorithm names above
          Data is a string (utf8, hex, base64, base64url, latin1, … as Buffer knows them), a Buffer, a typed array or
          a DataView; digest returns a Buffer, or a string for an encoding. After digest, a Hash throws
          ERR_CRYPTO_HASH_FINALIZED.

        Random values
          randomBytes(size[, callback])             a Buffer of random bytes; with a callback, (err, buf) later
          randomFillSync(buf[, offset[, size]])     fills an ArrayBuffer or view in place; randomFill(…, callback)
          randomInt([min, ]max[, callback])         a uniform integer in [min, max), max - min <= 2^48 - 1
          randomUUID()                              an RFC 4122 version 4 UUID string
          getRandomValues(typedArray)               fills an integer typed array (at most 65,536 bytes)

        Key derivation and comparison
          pbkdf2Sync(password, salt, iterations, keylen, digest)          a Buffer (digest: not md5)
          pbkdf2(password, salt, iterations, keylen, digest, callback)    (err, derivedKey) later
          scryptSync(password, salt, keylen[, options])                   a Buffer (BouncyCastle's SCrypt)
          scrypt(password, salt, keylen[, options], callback)             (err, derivedKey) later
                                         options: N or cost (16384, a power of 2), r or blockSize (8), p or
                                         parallelization (1), maxmem (32 MiB; 128·N·r + 128·p·r must fit)
          timingSafeEqual(a, b)                     constant-time comparison of two equally long byte sequences

        Ciphers (aes-128/192/256-cbc with a 16-byte IV, aes-128/192/256-gcm with a 12-byte IV)
          createCipheriv(name, key, iv[, { authTagLength }])   update(data[, inEnc[, outEnc]]), final([outEnc]),
                                         setAutoPadding(bool) (cbc), setAAD(buf) and getAuthTag() (gcm)
          createDecipheriv(name, key, iv)                      the same, with setAuthTag(tag) (gcm); a wrong tag
                                         fails final() with 'Unsupported state or unable to authenticate data'
          getCiphers()                   the names above

        Web Crypto (globalThis.crypto, crypto.webcrypto)
          getRandomValues(typedArray), randomUUID(), subtle.digest(algorithm, data)
                                         (SHA-1, SHA-256, SHA-384, SHA-512: a Promise of an ArrayBuffer)

        Callbacks and subtle.digest of inputs over 64 KB run their work on the thread pool (EventLoop.RunOffLoop, ToPromise) and answer on
        the runtime's event loop.

        Not provided: keys and signatures (KeyObject, createSign, generateKeyPair, publicEncrypt, …), Diffie-Hellman and ECDH,
        hkdf, X509Certificate, other ciphers and digests, SubtleCrypto's methods other than digest, and the stream
        interface of Hash, Hmac and the ciphers.
        """;
}
