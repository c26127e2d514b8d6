// split2: splits a byte stream into lines (native stream.Transform), with a mapper, a custom separator, a line
// split across chunks and a multi-byte character split across chunks.
const split = require('split2');
const { Readable, pipeline, Writable } = require('stream');

const lines = [];
const splitter = split();
splitter.on('data', (line) => lines.push(line));
splitter.on('end', () => {
  console.log('lines', lines);
  json();
});
splitter.write('first line\nsec');
splitter.write('ond line\r\nthi');
splitter.write(Buffer.from('rd € ').subarray(0, 5));
splitter.write(Buffer.from('rd € ').subarray(5));
splitter.end('line\n\nlast');

function json() {
  const records = [];
  pipeline(
    Readable.from(['{"a":1}\n{"a"', ':2}\n{"a":3}\n']),
    split(JSON.parse),
    new Writable({ objectMode: true, write(obj, enc, cb) { records.push(obj.a); cb(); } }),
    (err) => {
      console.log('json records', records, err);
      const semis = [];
      const bySemicolon = split(';');
      bySemicolon.on('data', (x) => semis.push(x));
      bySemicolon.on('end', () => console.log('semicolons', semis));
      bySemicolon.end('a;b;;c');
    },
  );
}
