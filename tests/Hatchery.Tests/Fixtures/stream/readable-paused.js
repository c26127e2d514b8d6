// Paused mode: 'readable' events, read(n) with sizes, read() of everything, read(0), and 'end' after the last read.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const chunks = ['abc', 'defg', 'hi'];
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    log('_read', size, 'chunks left', chunks.length);
    const next = chunks.shift();
    if (next === undefined) this.push(null);
    else log('push returns', this.push(next));
  },
});
let round = 0;
r.on('readable', () => {
  round++;
  log('readable', round, 'length', r.readableLength);
  let chunk;
  if (round === 1) {
    chunk = r.read(2);
    log('read(2)', chunk && chunk.toString());
    chunk = r.read(100);
    log('read(100)', chunk);
  } else {
    while ((chunk = r.read()) !== null) log('read()', chunk.toString());
  }
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
log('sync end', r.readableFlowing);
