// The callback forms and util.promisify: callbacks run later, never inside the call.
const zlib = require('zlib');
const util = require('util');

// Thread-pool answers come in no set order, in Node too: the lines are sorted at exit.
const lines = [];
const log = (...args) => lines.push(args.join(' '));
process.on('exit', () => console.log(lines.sort().join('\n')));

const text = 'callback data '.repeat(100);
let sync = true;
zlib.gzip(text, (err, packed) => {
  log('gzip callback', err, sync, packed.subarray(0, 2).toString('hex'));
  zlib.gunzip(packed, { level: 9 }, (err2, back) => log('gunzip callback', err2, back.toString() === text));
});
sync = false;

zlib.deflate(text, (err, packed) => zlib.inflate(packed, (err2, back) => log('deflate/inflate', err, err2, back.length)));
zlib.deflateRaw(text, (err, packed) => zlib.inflateRaw(packed, (err2, back) => log('raw', back.length)));
zlib.brotliCompress(text, (err, packed) => zlib.brotliDecompress(packed, (err2, back) => log('brotli', back.length)));
zlib.gzip(text, (err, packed) => zlib.unzip(packed, (err2, back) => log('unzip', back.length)));

(async () => {
  const gzip = util.promisify(zlib.gzip);
  const gunzip = util.promisify(zlib.gunzip);
  const packed = await gzip(text);
  log('promisified', (await gunzip(packed)).toString() === text);
  try {
    await util.promisify(zlib.inflate)(Buffer.from('nope'));
  } catch (e) {
    log('promisified error', e.code, e.errno, e.message);
  }
})();
