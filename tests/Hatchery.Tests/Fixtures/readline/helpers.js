// The cursor helpers write ANSI sequences to any writable stream; with no stream they only call back.
// emitKeypressEvents on a non-TTY stream.
const readline = require('readline');
const { Writable, PassThrough } = require('stream');
const { check } = require('../shared/show.cjs');

const written = [];
const out = new Writable({
  write(chunk, encoding, callback) {
    written.push(JSON.stringify(chunk.toString()));
    callback();
  },
});

const calls = [];
const done = (label) => (err) => calls.push(`${label}:${err}`);

check('cursorTo x', () => readline.cursorTo(out, 3));
check('cursorTo x y', () => readline.cursorTo(out, 3, 4, done('cursorTo')));
check('cursorTo y cb', () => readline.cursorTo(out, 0, done('cursorTo cb')));
check('cursorTo none', () => readline.cursorTo(out));
check('cursorTo null', () => readline.cursorTo(null, 1, 1, done('cursorTo null')));
check('cursorTo y only', () => readline.cursorTo(out, undefined, 2));
check('cursorTo NaN', () => readline.cursorTo(out, NaN));
check('cursorTo bad cb', () => readline.cursorTo(out, 1, 1, 'x'));
check('moveCursor', () => readline.moveCursor(out, -2, 3));
check('moveCursor right up', () => readline.moveCursor(out, 5, -1, done('moveCursor')));
check('moveCursor zero', () => readline.moveCursor(out, 0, 0, done('moveCursor zero')));
check('clearLine left', () => readline.clearLine(out, -1));
check('clearLine right', () => readline.clearLine(out, 1));
check('clearLine whole', () => readline.clearLine(out, 0, done('clearLine')));
check('clearLine null', () => readline.clearLine(undefined, 0, done('clearLine null')));
check('clearScreenDown', () => readline.clearScreenDown(out, done('clearScreenDown')));
check('clearScreenDown null', () => readline.clearScreenDown(null));
check('clearScreenDown bad cb', () => readline.clearScreenDown(out, 1));
check('exports', () => Object.keys(readline).sort());

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
input.on('keypress', (s, key) => console.log('keypress', JSON.stringify(s), JSON.stringify(key)));
input.write('aB1 ');
input.write('\r\n\t\x7f\x03');
input.write('\x1b[A\x1b[B\x1b[C\x1b[D\u00e9');

setImmediate(() => {
  console.log('written', written.join(' '));
  console.log('calls', calls.join(' '));
});
