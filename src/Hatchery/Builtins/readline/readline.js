// Node's readline for streams that are not terminals: lines from any readable, prompts and questions written to
// any writable, and the cursor helpers.

const { Interface: LineReader, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emit-keypress');
const { AbortError, validateAbortSignal } = require('internal/errors');

// Callable without `new`, as Node's readline.Interface is.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  return Reflect.construct(LineReader, [input, output, completer, terminal], new.target);
}
Object.setPrototypeOf(Interface.prototype, LineReader.prototype);
Object.setPrototypeOf(Interface, LineReader);

/** rl.question(query[, { signal }], callback): callback(answer) with the next line; an aborted signal cancels it. */
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const answer = cb;
    cb = typeof answer === 'function' ? (line) => {
      cleanup();
      return answer(line);
    } : cleanup;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) gives a promise of the answer (one callback argument, no error first).
Object.defineProperty(Interface.prototype.question, require('util').promisify.custom, {
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        signal.addEventListener('abort', () => reject(new AbortError(undefined, { cause: signal.reason })), { once: true });
      }
      this.question(query, options, resolve);
    });
  },
  configurable: true,
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

// readline.promises is readline/promises, loaded on first read.
Object.defineProperty(module.exports, 'promises', {
  get: () => require('readline/promises'),
  enumerable: true,
  configurable: true,
});
