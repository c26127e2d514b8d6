// csv-parse's streaming API (a stream.Transform): records as 'readable' events and read(), then piped through a
// pipeline, with a record split across chunks.
const { parse } = require('csv-parse');
const { pipeline, Readable, Writable } = require('stream');

const parser = parse({ columns: true, cast: true });
const records = [];
parser.on('readable', () => {
  let record;
  while ((record = parser.read()) !== null) records.push(record);
});
parser.on('error', (err) => console.log('error', err.message));
parser.on('end', () => {
  console.log('records', records);
  piped();
});
parser.write('name,qty\napple,');
parser.write('3\n"pear, green",12\n');
parser.end();

function piped() {
  const rows = [];
  pipeline(
    Readable.from(['a;b\n1;2\n', '3;4\n']),
    parse({ delimiter: ';', from_line: 2 }),
    new Writable({ objectMode: true, write(row, enc, cb) { rows.push(row.join('+')); cb(); } }),
    (err) => {
      console.log('piped', rows, err);
      const bad = parse();
      bad.on('error', (e) => console.log('parse error', e.code));
      bad.on('data', () => {});
      bad.end('a,b\n1,2,3\n');
    },
  );
}
