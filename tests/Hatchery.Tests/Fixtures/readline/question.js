// rl.question, prompt, setPrompt and write on non-TTY streams: what reaches the output, which lines answer a
// question rather than emitting 'line', a question cancelled by its AbortSignal, and use after close.
const readline = require('readline');
const util = require('util');
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

const tick = () => new Promise((resolve) => setImmediate(resolve));

(async () => {
  const input = new PassThrough();
  const { output, written } = collector();
  const rl = readline.createInterface({ input, output, prompt: 'cmd> ' });
  const lines = [];
  rl.on('line', (line) => lines.push(line));

  rl.prompt();
  rl.question('Name? ', (answer) => console.log('answer', JSON.stringify(answer), 'prompt now', JSON.stringify(rl.getPrompt())));
  console.log('prompt while asking', JSON.stringify(rl.getPrompt()));
  // A second question while one is pending only prompts again; its callback is never called.
  rl.question('Other? ', () => console.log('second callback'));
  input.write('Ada\nnext\n');
  await tick();
  console.log('lines', JSON.stringify(lines));

  rl.setPrompt('>> ');
  check('getPrompt', () => rl.getPrompt());
  rl.prompt();
  rl.prompt(true);

  // write() feeds the interface as the input would.
  rl.write('typed\n');
  rl.write('half');
  rl.write(' done\n');
  console.log('after write', JSON.stringify(lines));

  rl.question('Options? ', {}, (answer) => console.log('with options', answer));
  input.write('yes\n');
  await tick();

  // An aborted question: nothing is answered and the next line is a 'line' again.
  const controller = new AbortController();
  rl.question('Abort? ', { signal: controller.signal }, (answer) => console.log('aborted callback', answer));
  controller.abort();
  input.write('after abort\n');
  await tick();
  console.log('prompt after abort', JSON.stringify(rl.getPrompt()));
  rl.question('Pre-aborted? ', { signal: AbortSignal.abort() }, () => console.log('pre-aborted callback'));
  check('bad signal', () => rl.question('q', { signal: 1 }, () => {}));

  // question's util.promisify form.
  const ask = util.promisify(rl.question).bind(rl);
  const pending = ask('Promisified? ');
  input.write('promised\n');
  console.log('promisified', await pending);

  console.log('written', JSON.stringify(written));
  console.log('lines', JSON.stringify(lines));

  rl.close();
  check('question after close', () => rl.question('late', () => {}));
  check('write after close', () => rl.write('late\n'));
  check('prompt after close', () => rl.prompt());

  // Without output, a question still takes the next line.
  const quiet = new PassThrough();
  const rl2 = readline.createInterface({ input: quiet });
  rl2.question('unseen', (answer) => console.log('no output answer', answer));
  quiet.end('42');
  await once(rl2, 'close');

  // A paused interface resumes for prompt, question and write.
  const pausedInput = new PassThrough();
  const rl3 = readline.createInterface({ input: pausedInput, output: collector().output });
  rl3.on('resume', () => console.log('resumed'));
  rl3.pause();
  rl3.prompt();
  rl3.pause();
  rl3.write('x\n');
  rl3.close();
})();
