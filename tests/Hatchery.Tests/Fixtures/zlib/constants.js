// zlib.constants, zlib.codes and the top-level aliases.
const zlib = require('zlib');

const c = zlib.constants;
console.log(Object.keys(c).length, Object.getPrototypeOf(c), Object.isFrozen(c));
for (const name of ['Z_NO_FLUSH', 'Z_SYNC_FLUSH', 'Z_FINISH', 'Z_OK', 'Z_STREAM_END', 'Z_DATA_ERROR', 'Z_BUF_ERROR',
  'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_RLE', 'GZIP', 'UNZIP', 'BROTLI_ENCODE', 'Z_DEFAULT_CHUNK',
  'Z_MAX_CHUNK', 'BROTLI_PARAM_QUALITY', 'BROTLI_MAX_QUALITY', 'BROTLI_DEFAULT_WINDOW', 'BROTLI_DECODER_ERROR_UNREACHABLE']) {
  console.log(name, c[name]);
}
console.log('aliases', zlib.Z_OK, zlib.Z_DATA_ERROR, zlib.Z_BEST_SPEED, zlib.DEFLATE, zlib.BROTLI_ENCODE);
console.log('alias enumerable', Object.keys(zlib).includes('Z_OK'), Object.getOwnPropertyDescriptor(zlib, 'Z_OK'));
console.log('codes', zlib.codes.Z_DATA_ERROR, zlib.codes[-3], zlib.codes['-5'], Object.keys(zlib.codes).length);
for (const name of ['gzipSync', 'gunzip', 'createBrotliCompress', 'Gzip', 'DeflateRaw', 'Unzip']) console.log(name, typeof zlib[name]);
console.log('node:zlib', require('node:zlib') === zlib);
