// readline.createInterface over non-TTY streams: how chunks split into 'line' events (\n, \r\n, a lone \r, a \r\n
// split across chunks), the trailing line without newline at the end, and the order of 'pause' and 'close'.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
const { once } = require('events');
const { check } = require('../shared/show.cjs');

function trace(label, chunks, options = {}) {
  const input = Readable.from(chunks);
  const rl = readline.createInterface({ input, ...options });
  const events = [];
  rl.on('line', (line) => events.push(`line:${JSON.stringify(line)}`));
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.on('close', () => events.push('close'));
  return once(rl, 'close').then(() => console.log(label, events.join(' ')));
}

(async () => {
  await trace('lf', ['a\nb\n', 'c\n']);
  await trace('crlf', ['one\r\ntwo\r\n']);
  await trace('split crlf', ['one\r', '\ntwo\r', '\n']);
  await trace('lone cr', ['x\ry\rz']);
  await trace('trailing', ['first\nsec', 'ond']);
  await trace('empty lines', ['\n\n', 'a\n\n']);
  await trace('no input', []);
  await trace('buffers', [Buffer.from('h\u00e9llo\nw'), Buffer.from('orld\n')]);
  await trace('split utf8', [Buffer.from([0x61, 0xE2, 0x82]), Buffer.from([0xAC, 0x0A])]);

  const rl = readline.createInterface({ input: new PassThrough() });
  check('terminal', () => rl.terminal);
  check('prompt', () => rl.getPrompt());
  check('line', () => rl.line);
  check('crlfDelay', () => rl.crlfDelay);
  check('closed', () => rl.closed);
  check('history', () => rl.history);
  check('input is', () => rl.input !== undefined);
  check('instanceof', () => rl instanceof readline.Interface);
  rl.close();
  check('closed after close', () => rl.closed);
  rl.close();

  check('crlfDelay 50', () => readline.createInterface({ input: new PassThrough(), crlfDelay: 50 }).crlfDelay);
  check('crlfDelay 500', () => readline.createInterface({ input: new PassThrough(), crlfDelay: 500 }).crlfDelay);
  check('crlfDelay Infinity', () => readline.createInterface({ input: new PassThrough(), crlfDelay: Infinity }).crlfDelay);
  check('prompt option', () => readline.createInterface({ input: new PassThrough(), prompt: '$ ' }).getPrompt());
  check('positional', () => readline.createInterface(new PassThrough(), null).getPrompt());
  check('historySize -1', () => readline.createInterface({ input: new PassThrough(), historySize: -1 }));
  check('historySize str', () => readline.createInterface({ input: new PassThrough(), historySize: 'x' }));
  check('completer', () => readline.createInterface({ input: new PassThrough(), completer: 5 }));
  check('Interface without new', () => readline.Interface(new PassThrough()) instanceof readline.Interface);

  // A PassThrough written to bit by bit; pause and resume reach the input.
  const input = new PassThrough();
  const live = readline.createInterface({ input });
  const seen = [];
  live.on('line', (line) => seen.push(line));
  live.on('pause', () => seen.push('<pause>'));
  live.on('resume', () => seen.push('<resume>'));
  input.write('alpha\nbe');
  input.write('ta\n');
  await new Promise((resolve) => setImmediate(resolve));
  console.log('line property', JSON.stringify(live.line));
  live.pause();
  console.log('input paused', input.isPaused(), 'paused twice returns', live.pause());
  live.resume();
  input.end('gamma');
  await once(live, 'close');
  console.log('live', seen.join(' '));

  // A listener that closes the interface stops the remaining lines of the chunk.
  const early = readline.createInterface({ input: Readable.from(['1\n2\n3\n']) });
  const got = [];
  early.on('line', (line) => { got.push(line); if (line === '2') early.close(); });
  await once(early, 'close');
  await new Promise((resolve) => setImmediate(resolve));
  console.log('close in line', got.join(','));

  // An error of the input is the interface's.
  const failing = new PassThrough();
  const rlError = readline.createInterface({ input: failing });
  rlError.on('error', (err) => console.log('error event', err.message));
  failing.destroy(new Error('boom'));
  await new Promise((resolve) => setImmediate(resolve));
  console.log('closed after error', rlError.closed);

  // The signal option closes the interface when it aborts, or on the next tick when it already has.
  const controller = new AbortController();
  const bySignal = readline.createInterface({ input: new PassThrough(), signal: controller.signal });
  bySignal.on('close', () => console.log('closed by signal'));
  controller.abort();
  const preAborted = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  console.log('pre-aborted closed yet', preAborted.closed);
  await once(preAborted, 'close');
  console.log('pre-aborted closed', preAborted.closed);
  check('bad signal', () => readline.createInterface({ input: new PassThrough(), signal: 'x' }));
})();
