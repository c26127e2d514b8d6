// CompressionStream and DecompressionStream: round trips for each format, Node's bytes decoded, bad formats.
const zlib = require('zlib');

async function run(stream, chunks) {
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) writer.write(chunk);
  writer.close();
  const out = [];
  for await (const part of stream.readable) out.push(part);
  return Buffer.concat(out);
}

(async () => {
  const text = 'web streams compress too. '.repeat(40);
  const encoded = new TextEncoder().encode(text);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = await run(new CompressionStream(format), [encoded.subarray(0, 100), encoded.subarray(100)]);
    const back = await run(new DecompressionStream(format), [packed]);
    console.log(format, packed.length < encoded.length, back.toString() === text);
  }
  const packed = await run(new CompressionStream('gzip'), [encoded]);
  console.log('gzip header', packed.subarray(0, 2).toString('hex'), zlib.gunzipSync(packed).toString() === text);
  const fromNode = await run(new DecompressionStream('deflate'), [zlib.deflateSync(text)]);
  console.log('zlib to DecompressionStream', fromNode.toString() === text);
  console.log(Object.prototype.toString.call(new CompressionStream('gzip')), typeof DecompressionStream);
  console.log(require('stream/web').CompressionStream === CompressionStream);
  try {
    new CompressionStream('zip');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
