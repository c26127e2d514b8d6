// through2 (over readable-stream 3, which requires Node's stream for its base): a transform stream, object mode,
// a flush function, and through2.ctor, piped together with the event order.
const through2 = require('through2');
const { Readable } = require('stream');

const upper = through2(function (chunk, enc, cb) {
  this.push(chunk.toString().toUpperCase());
  cb();
}, function (cb) {
  this.push('!');
  cb();
});
const pieces = [];
upper.on('data', (c) => pieces.push(c.toString()));
upper.on('end', () => {
  console.log('text', pieces.join(''));
  objects();
});
Readable.from(['hello ', 'streams']).pipe(upper);

function objects() {
  const Sum = through2.ctor({ objectMode: true }, function (row, enc, cb) {
    this.total = (this.total || 0) + row.n;
    cb(null, { ...row, running: this.total });
  });
  const sum = new Sum();
  const rows = [];
  sum.on('data', (row) => rows.push(row));
  sum.on('finish', () => console.log('finish'));
  sum.on('end', () => {
    console.log('rows', rows);
    const obj = through2.obj((x, enc, cb) => cb(null, x * 2));
    obj.on('data', (x) => console.log('obj data', x));
    obj.on('end', () => console.log('obj end', obj instanceof require('stream').Stream));
    obj.write(1);
    obj.write(2);
    obj.end();
  });
  for (const n of [1, 2, 3]) sum.write({ n });
  sum.end();
}
