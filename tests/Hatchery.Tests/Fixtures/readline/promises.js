// readline/promises: question() returns a promise; an AbortSignal rejects it with AbortError; the Readline class
// queues cursor actions and writes them on commit().
const readlinePromises = require('readline/promises');
const readline = require('node:readline');
const { PassThrough, Writable } = require('stream');
const { once } = require('events');
const { check } = require('../shared/show.cjs');

function collector() {
  const written = [];
  const output = new Writable({
    write(chunk, encoding, callback) {
      written.push(chunk.toString());
      callback();
    },
  });
  return { output, written };
}

(async () => {
  console.log('same promises', readline.promises === readlinePromises, require('node:readline/promises') === readlinePromises);
  console.log('exports', Object.keys(readlinePromises).sort().join(','));
  const input = new PassThrough();
  const { output, written } = collector();
  const rl = readlinePromises.createInterface({ input, output });
  console.log('is readline.Interface', rl instanceof readline.Interface, rl instanceof readlinePromises.Interface);

  const asked = rl.question('Colour? ');
  console.log('returns promise', asked instanceof Promise);
  input.write('blue\n');
  console.log('answer', await asked);

  const lines = [];
  rl.on('line', (line) => lines.push(line));
  const controller = new AbortController();
  const cancelled = rl.question('Cancel? ', { signal: controller.signal });
  controller.abort();
  try {
    await cancelled;
  } catch (err) {
    console.log('rejected', err.name, err.code, err.message, err.cause && err.cause.name);
  }
  input.write('kept\n');
  await new Promise((resolve) => setImmediate(resolve));
  console.log('lines', JSON.stringify(lines));

  try {
    await rl.question('Pre? ', { signal: AbortSignal.abort('why') });
  } catch (err) {
    console.log('pre-aborted', err.name, err.code, err.cause);
  }

  const later = new AbortController();
  const timed = rl.question('Later? ', { signal: later.signal });
  setTimeout(() => later.abort(new Error('late')), 5);
  try {
    await timed;
  } catch (err) {
    console.log('later', err.name, err.cause && err.cause.message);
  }

  console.log('written', JSON.stringify(written));
  rl.close();
  try {
    await rl.question('closed? ');
  } catch (err) {
    console.log('after close', err.code, err.message);
  }

  // The Readline class.
  const target = collector();
  const r = new readlinePromises.Readline(target.output);
  console.log('chain', r.cursorTo(0, 1) === r, r.moveCursor(2, -1) === r);
  r.clearLine(-1).clearLine(1).clearLine(0).clearScreenDown();
  console.log('before commit', JSON.stringify(target.written));
  console.log('commit returns promise', r.commit() instanceof Promise);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after commit', JSON.stringify(target.written));
  r.cursorTo(5);
  r.rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(target.written));
  const auto = collector();
  new readlinePromises.Readline(auto.output, { autoCommit: true }).cursorTo(3).moveCursor(0, 2);
  console.log('autoCommit', JSON.stringify(auto.written));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('autoCommit later', JSON.stringify(auto.written));
  check('Readline bad stream', () => new readlinePromises.Readline({}));
  check('cursorTo NaN', () => r.cursorTo(NaN));
  check('cursorTo string', () => r.cursorTo('a'));
  check('clearLine bad dir', () => r.clearLine(2));

  const quiet = new PassThrough();
  const rl2 = readlinePromises.createInterface({ input: quiet });
  const counted = [];
  rl2.on('line', (line) => counted.push(line));
  quiet.end('a\nb');
  await once(rl2, 'close');
  console.log('promises lines', counted.join(','));
})();
