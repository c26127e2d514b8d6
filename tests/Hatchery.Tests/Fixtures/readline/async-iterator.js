// for await (const line of rl): a file read line by line with fs.createReadStream, chunks smaller than a line,
// breaking out early (which leaves the interface open), and events.once(rl, 'close').
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
const { once } = require('events');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readline-iter-'));
const file = path.join(dir, 'lines.txt');
const body = [];
for (let i = 1; i <= 50; i++) body.push(`line ${i}: ${'x'.repeat(i % 7)}`);
fs.writeFileSync(file, body.join('\r\n') + '\r\nlast without newline');

(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 16 }), crlfDelay: Infinity });
  let count = 0;
  let last;
  for await (const line of rl) {
    count++;
    last = line;
    if (count === 3) console.log('third', JSON.stringify(line));
  }
  console.log('count', count, 'last', JSON.stringify(last), 'closed', rl.closed);

  const earlyInput = new PassThrough();
  const early = readline.createInterface({ input: earlyInput });
  let closed = false;
  early.on('close', () => { closed = true; });
  setImmediate(() => earlyInput.write('first\nsecond\n'));
  for await (const line of early) {
    console.log('first only', line);
    break;
  }
  await new Promise((resolve) => setImmediate(resolve));
  console.log('closed after break', closed, early.closed, 'line listeners', early.listenerCount('line'));
  earlyInput.end('third\n');
  await once(early, 'close');
  console.log('closed at the end', closed, early.closed);

  const words = readline.createInterface({ input: Readable.from(['one\ntw', 'o\nthree']) });
  const collected = [];
  for await (const word of words) collected.push(word);
  console.log('words', collected.join(','));

  const iterator = readline.createInterface({ input: Readable.from(['a\nb\n']) })[Symbol.asyncIterator]();
  console.log('next', JSON.stringify(await iterator.next()));
  console.log('next', JSON.stringify(await iterator.next()));
  console.log('next', JSON.stringify(await iterator.next()));

  const counted = readline.createInterface({ input: fs.createReadStream(file) });
  let n = 0;
  counted.on('line', () => n++);
  await once(counted, 'close');
  console.log('once close', n);

  fs.rmSync(dir, { recursive: true });
})();
