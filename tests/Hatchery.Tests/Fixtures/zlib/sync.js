// The Sync forms: round trips for every format and input type, header bytes, levels, and data Node compressed.
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50);
const pairs = [
  ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'inflateSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'],
  ['deflateSync', 'unzipSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [compress, decompress] of pairs) {
  const packed = zlib[compress](text);
  const back = zlib[decompress](packed);
  console.log(compress, decompress, Buffer.isBuffer(packed), packed.length < text.length, back.toString() === text);
}
console.log('gzip header', zlib.gzipSync(text).subarray(0, 3).toString('hex'));
console.log('deflate header', zlib.deflateSync(text).subarray(0, 2).toString('hex'));
console.log('deflate level 1 header', zlib.deflateSync(text, { level: 1 }).subarray(0, 2).toString('hex'));
console.log('deflate level 9 header', zlib.deflateSync(text, { level: 9 }).subarray(0, 2).toString('hex'));

const bytes = Buffer.from(text);
const inputs = {
  Buffer: bytes,
  Uint8Array: new Uint8Array(bytes),
  DataView: new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
  ArrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  Uint16Array: new Uint16Array(new Uint8Array(bytes).buffer, 0, bytes.length >> 1),
  string: text,
};
for (const [name, input] of Object.entries(inputs)) {
  const back = zlib.inflateSync(zlib.deflateSync(input));
  console.log('input', name, back.length, back.toString() === text.slice(0, back.length));
}

for (const level of [-1, 0, 1, 5, 9]) {
  const packed = zlib.gzipSync(text, { level });
  console.log('level', level, level === 0 ? packed.length > text.length : packed.length < text.length / 5, zlib.gunzipSync(packed).toString() === text);
}
const quality = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
console.log('brotli quality 4', zlib.brotliDecompressSync(quality).toString() === text);

// Compressed by Node 20's zlib and Brotli.
const fromNode = {"gzip":"H4sIAAAAAAAAA/PLT0lVSM7PLShKLS5OTVEoycgsVihJrSjRU/AblRrZUgCxSpE/HAIAAA==","deflate":"eJzzy09JVUjOzy0oSi0uTk1RKMnILFYoSa0o0VPwG5Ua2VIAibPF+Q==","raw":"88tPSVVIzs8tKEotLk5NUSjJyCxWKEmtKNFT8BuVGtlSAA==","br":"GxsC+I3UYa2zNOsyOhenDUL2hiclQYe2VCGdjfrEoGOC7eYG"};
console.log('node gzip', zlib.gunzipSync(Buffer.from(fromNode.gzip, 'base64')).toString().slice(0, 27));
console.log('node deflate', zlib.inflateSync(Buffer.from(fromNode.deflate, 'base64')).length);
console.log('node raw', zlib.inflateRawSync(Buffer.from(fromNode.raw, 'base64')).length);
console.log('node brotli', zlib.brotliDecompressSync(Buffer.from(fromNode.br, 'base64')).length);
console.log('node unzip', zlib.unzipSync(Buffer.from(fromNode.gzip, 'base64')).length, zlib.unzipSync(Buffer.from(fromNode.deflate, 'base64')).length);

console.log('empty', zlib.gunzipSync(zlib.gzipSync('')).length, zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length);
console.log('concatenated members', zlib.gunzipSync(Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')])).toString());
const big = Buffer.alloc(3 * 1024 * 1024, 'abcdefgh');
console.log('3 MB', zlib.gunzipSync(zlib.gzipSync(big)).equals(big));
