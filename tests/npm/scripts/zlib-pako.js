// zlib against pako: what one compresses, the other decompresses, in every format both have.
const zlib = require('zlib');
const pako = require('pako');
const text = 'the quick brown fox jumps over the lazy dog; '.repeat(200) + 'ünïcödé ✓';
const bytes = Buffer.from(text);
const same = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
for (const [name, compress, decompress, pakoCompress, pakoDecompress] of [
  ['deflate', zlib.deflateSync, zlib.inflateSync, pako.deflate, pako.inflate],
  ['deflateRaw', zlib.deflateRawSync, zlib.inflateRawSync, pako.deflateRaw, pako.inflateRaw],
  ['gzip', zlib.gzipSync, zlib.gunzipSync, pako.gzip, pako.ungzip],
]) {
  const ours = compress(bytes, { level: 9 });
  const theirs = pakoCompress(bytes, { level: 9 });
  console.log(name, 'pako reads zlib:', same(pakoDecompress(ours), bytes), 'zlib reads pako:', same(decompress(Buffer.from(theirs)), bytes),
    'both smaller:', ours.length < bytes.length / 10 && theirs.length < bytes.length / 10);
}
console.log('unzip reads pako gzip and deflate:', same(zlib.unzipSync(Buffer.from(pako.gzip(bytes))), bytes), same(zlib.unzipSync(Buffer.from(pako.deflate(bytes))), bytes));
zlib.gzip(bytes, (err, gz) => console.log('callback gzip read by pako:', err, pako.ungzip(gz, { to: 'string' }) === text));
