// The stream forms: Transforms for pipe and pipeline, flush, bytesWritten and errors.
const zlib = require('zlib');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const { pipeline: pipelineAsync } = require('stream/promises');

const parts = [];
for (let i = 0; i < 200; i++) parts.push(Buffer.from(`line ${i} of the streamed text\n`));
const whole = Buffer.concat(parts);

function collect(done) {
  const chunks = [];
  return new Writable({
    write(chunk, encoding, callback) {
      chunks.push(chunk);
      callback();
    },
    final(callback) {
      done(Buffer.concat(chunks));
      callback();
    },
  });
}

const pairs = [
  ['createGzip', 'createGunzip'],
  ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'],
  ['createGzip', 'createUnzip'],
  ['createBrotliCompress', 'createBrotliDecompress'],
];
(async () => {
  for (const [compress, decompress] of pairs) {
    let result;
    await pipelineAsync(Readable.from(parts), zlib[compress](), zlib[decompress](), collect((b) => (result = b)));
    console.log(compress, decompress, result.equals(whole));
  }

  // A stream's output is what the buffer form makes of the same input.
  let packed;
  const gzip = zlib.createGzip();
  await pipelineAsync(Readable.from(parts), gzip, collect((b) => (packed = b)));
  console.log('stream to gunzipSync', zlib.gunzipSync(packed).equals(whole), gzip.bytesWritten === whole.length);
  console.log('classes', gzip instanceof zlib.Gzip, typeof zlib.Gunzip, zlib.createInflate() instanceof require('stream').Transform);

  // Decompressing Node's output fed one byte at a time.
  const source = zlib.deflateSync(whole);
  let inflated;
  await pipelineAsync(Readable.from([...source].map((b) => Buffer.from([b]))), zlib.createInflate(), collect((b) => (inflated = b)));
  console.log('byte by byte', inflated.equals(whole));

  // flush() pushes out what was written so far.
  const deflate = zlib.createDeflate();
  const seen = [];
  deflate.on('data', (chunk) => seen.push(chunk));
  deflate.write('flush me');
  deflate.flush(() => {
    const sofar = Buffer.concat(seen);
    console.log('flushed', sofar.length > 2, zlib.inflateSync(Buffer.concat([sofar]), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    deflate.end();
  });

  // pipe
  const out = [];
  const gunzip = zlib.createGunzip();
  gunzip.on('data', (c) => out.push(c));
  gunzip.on('end', () => console.log('pipe', Buffer.concat(out).toString()));
  const pass = new PassThrough();
  pass.pipe(gunzip);
  pass.end(zlib.gzipSync('piped through'));

  await new Promise((resolve) => setTimeout(resolve, 50));
  // Corrupt input fails the pipeline with Node's error.
  pipeline(Readable.from([Buffer.from('this is not compressed')]), zlib.createGunzip(), collect(() => {}), (err) => {
    console.log('pipeline error', err.code, err.errno, err.message);
    truncatedRun();
  });
  function truncatedRun() {
  const truncated = zlib.createInflate();
  truncated.on('error', (err) => console.log('truncated stream', err.code, err.errno, err.message));
  truncated.resume();
  truncated.end(zlib.deflateSync(whole).subarray(0, 30));
  }
})();
