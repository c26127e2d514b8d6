// setEncoding: chunks arrive as strings, multi-byte characters split across pushes stay whole; readableEncoding;
// the encoding option; objectMode chunks of any type; unshift.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.setEncoding('utf8');
log('encoding', r.readableEncoding);
const euro = Buffer.from('€');
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1));
r.push(Buffer.from(' ok'));
r.push(null);
r.on('data', (c) => log('utf8 data', typeof c, JSON.stringify(c)));
r.on('end', () => {
  log('utf8 end');
  const h = new Readable({ encoding: 'hex', read() {} });
  h.push('AB');
  h.push(null);
  h.on('data', (c) => log('hex data', c));
  h.on('end', () => {
    const o = new Readable({ objectMode: true, read() {} });
    o.push({ a: 1 });
    o.push(42);
    o.push('str');
    o.push(false);
    o.push(null);
    log('objectMode length', o.readableLength, o.readableObjectMode);
    o.on('data', (c) => log('object data', typeof c, JSON.stringify(c)));
    o.on('end', () => {
      const u = new Readable({ read() {} });
      u.push('world');
      u.unshift('hello ');
      u.push(null);
      u.setEncoding('utf8');
      u.on('data', (c) => log('unshift data', JSON.stringify(c)));
    });
  });
});
