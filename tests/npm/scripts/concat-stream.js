// concat-stream: a writable that gathers everything written into one string, Buffer or array, piped from Node's
// streams, with the callback after 'finish'.
const concat = require('concat-stream');
const { Readable, PassThrough } = require('stream');

const text = concat({ encoding: 'string' }, (result) => {
  console.log('string', JSON.stringify(result));
  const bytes = concat((buf) => {
    console.log('buffer', Buffer.isBuffer(buf), buf.toString('hex'));
    const arr = concat({ encoding: 'array' }, (items) => {
      console.log('array', items);
      const infer = concat((data) => console.log('inferred from first chunk', typeof data, data));
      infer.write('a');
      infer.end('b');
    });
    arr.write([1, 2]);
    arr.write([3]);
    arr.end();
  });
  const pt = new PassThrough();
  pt.pipe(bytes);
  pt.write(Buffer.from([1, 2]));
  pt.end(Buffer.from([255]));
});
text.on('finish', () => console.log('finish event'));
Readable.from(['con', 'cat', ' stream']).pipe(text);
