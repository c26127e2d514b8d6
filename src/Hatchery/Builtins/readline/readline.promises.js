// Node's readline/promises: an Interface whose question() returns a promise, and the Readline class that queues
// cursor actions for a stream and writes them together.

const { Interface: LineReader, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { cursorToSequence, moveCursorSequence, clearLineSequence, kClearScreenDown } = require('internal/readline/callbacks');
const { AbortError, ERR_INVALID_ARG_TYPE, validateAbortSignal, validateBoolean, validateInteger } = require('internal/errors');

class Interface extends LineReader {
  /** The next line, or a rejection with AbortError when options.signal aborts first. */
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let answer = resolve;
      const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        answer = (line) => {
          signal.removeEventListener('abort', onAbort);
          resolve(line);
        };
      }
      this[kQuestion](query, answer);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const kStream = Symbol('stream');
const kTodo = Symbol('todo');
const kAutoCommit = Symbol('autoCommit');

/** Cursor actions for one stream, written by commit() (or on the next tick with autoCommit). */
class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function' || typeof stream.on !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = false;
    if (options != null && options.autoCommit !== undefined) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(cursorToSequence(x, y == null ? undefined : y));
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(clearLineSequence(dir));
  }

  clearScreenDown() {
    return this.#queue(kClearScreenDown);
  }

  /** Writes the queued actions as one chunk; resolves once the stream has taken it. */
  commit() {
    const data = this[kTodo].join('');
    this[kTodo] = [];
    return new Promise((resolve) => this[kStream].write(data, resolve));
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }

  #queue(data) {
    if (this[kAutoCommit]) process.nextTick(() => this[kStream].write(data));
    else this[kTodo].push(data);
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
