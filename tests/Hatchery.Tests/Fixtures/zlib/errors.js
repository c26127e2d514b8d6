// Errors as Node gives them: zlib's code, errno and message; argument and option errors; maxOutputLength.
const zlib = require('zlib');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message, e instanceof Error);
  }
}

show('gunzip text', () => zlib.gunzipSync(Buffer.from('hello world')));
show('inflate text', () => zlib.inflateSync(Buffer.from('hello world')));
show('unzip text', () => zlib.unzipSync(Buffer.from('hello world')));
show('gunzip truncated', () => zlib.gunzipSync(zlib.gzipSync('hello'.repeat(100)).subarray(0, 20)));
show('gunzip no trailer', () => { const g = zlib.gzipSync('hello'.repeat(100)); return zlib.gunzipSync(g.subarray(0, g.length - 8)); });
show('inflate truncated', () => zlib.inflateSync(zlib.deflateSync('hello'.repeat(100)).subarray(0, 10)));
show('inflateRaw truncated', () => zlib.inflateRawSync(zlib.deflateRawSync('hello'.repeat(100)).subarray(0, 10)));
show('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello'.repeat(100)).subarray(0, 5)));
show('gunzip empty', () => zlib.gunzipSync(Buffer.alloc(0)));
show('inflate empty', () => zlib.inflateSync(Buffer.alloc(0)));
show('maxOutputLength', () => zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(100000)), { maxOutputLength: 10 }));
show('maxOutputLength brotli', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(100000)), { maxOutputLength: 1000 }));
show('number', () => zlib.gzipSync(123));
show('null', () => zlib.deflateSync(null));
show('object', () => zlib.inflateSync({}));
show('level 42', () => zlib.gzipSync('x', { level: 42 }));
show('level string', () => zlib.gzipSync('x', { level: '1' }));
show('maxOutputLength 0', () => zlib.gzipSync('x', { maxOutputLength: 0 }));
show('no callback', () => zlib.gzip('x'));

// A zip bomb: 16 MB of zeros from a few kilobytes, stopped by maxOutputLength.
const bomb = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024));
console.log('bomb smaller than 64 KB', bomb.length < 65536);
show('bomb', () => zlib.gunzipSync(bomb, { maxOutputLength: 1024 * 1024 }));
zlib.gunzip(bomb, { maxOutputLength: 1024 * 1024 }, (err) => {
  console.log('bomb callback', err.name, err.code, err.message);
  zlib.gunzip(Buffer.from('not gzip'), (err, result) => console.log('callback', err.code, err.errno, err.message, result));
});
