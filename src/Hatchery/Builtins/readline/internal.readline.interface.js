// The line reader behind readline.Interface and readline/promises' Interface, for input that is not a terminal:
// bytes are decoded as UTF-8 and split into lines at \n, \r\n or a lone \r; nothing is echoed or edited. A runtime
// never owns a terminal, so `terminal: true` is accepted but reads the same way (see the module's documentation).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  ERR_INVALID_ARG_VALUE,
  ERR_USE_AFTER_CLOSE,
  validateAbortSignal,
  validateNumber,
} = require('internal/errors');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
// A \r followed by \n is one ending; a \r alone (not yet followed by anything) is an ending too.
const kLineEnding = /\r?\n|\r(?!\n)/g;

const kQuestion = Symbol('question');
const kQuestionCancel = Symbol('questionCancel');
const kQuestionCallback = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kPrompt = Symbol('prompt');
const kDecoder = Symbol('decoder');
const kBuffered = Symbol('buffered');
const kSawReturnAt = Symbol('sawReturnAt');
const kIterator = Symbol('iterator');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let historySize;
    let prompt = '> ';
    let crlfDelay;
    let signal;
    let removeHistoryDuplicates = false;
    let tabSize = 8;
    let history;
    if (input && input.input) {
      // The options form: createInterface({ input, output, ... }).
      const options = input;
      output = options.output;
      completer = options.completer;
      terminal = options.terminal;
      history = options.history;
      historySize = options.historySize;
      signal = options.signal;
      if (options.tabSize !== undefined) {
        validateNumber(options.tabSize, 'tabSize', 1);
        tabSize = options.tabSize;
      }
      removeHistoryDuplicates = options.removeHistoryDuplicates;
      if (options.prompt !== undefined) prompt = options.prompt;
      crlfDelay = options.crlfDelay;
      input = options.input;
    }
    if (completer !== undefined && typeof completer !== 'function') throw new ERR_INVALID_ARG_VALUE('completer', completer);
    if (history === undefined) history = [];
    if (historySize === undefined) historySize = kHistorySize;
    validateNumber(historySize, 'historySize', 0);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (terminal === undefined && output != null) terminal = !!output.isTTY;

    this.isCompletionEnabled = true;
    this.escapeCodeTimeout = 500;
    this.tabSize = tabSize;
    this.line = '';
    this.output = output;
    this.input = input;
    this.history = history;
    this.historySize = historySize;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.completer = completer;
    this.terminal = !!terminal;
    this[kPrompt] = prompt;
    this[kQuestionCallback] = null;
    this[kOldPrompt] = '';
    this[kDecoder] = new StringDecoder('utf8');
    this[kBuffered] = '';
    this[kSawReturnAt] = 0;

    const onError = (err) => this.emit('error', err);
    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      // The last line need not end in a newline. It is a 'line' even when a question is pending, as in Node.
      if (this[kBuffered].length > 0) this.emit('line', this[kBuffered]);
      this[kBuffered] = '';
      this.close();
    };
    input.on('error', onError);
    input.on('data', onData);
    input.on('end', onEnd);
    let onAbort;
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    });
    if (signal) {
      onAbort = () => this.close();
      if (signal.aborted) process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    input.resume();
  }

  /** The output's width, or Infinity when it has none (any stream that is not a terminal). */
  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  prompt(preserveCursor) {
    void preserveCursor;
    if (this.paused) this.resume();
    this._writeToOutput(this[kPrompt]);
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return undefined;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return undefined;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    void key;
    if (this.paused) this.resume();
    this._normalWrite(data);
  }

  /** Ends the current line on the output and forgets it. */
  clearLine() {
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
  }

  getCursorPos() {
    const text = this[kPrompt] + this.line.slice(0, this.cursor || 0);
    const columns = this.columns;
    return { rows: columns === Infinity ? 0 : Math.floor(text.length / columns), cols: columns === Infinity ? text.length : text.length % columns };
  }

  _writeToOutput(text) {
    if (typeof text !== 'string') throw new (require('internal/errors').ERR_INVALID_ARG_TYPE)('stringToWrite', 'string', text);
    if (this.output != null) this.output.write(text);
  }

  _onLine(line) {
    const answer = this[kQuestionCallback];
    if (answer) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      answer(line);
    } else {
      this.emit('line', line);
    }
  }

  /** Splits decoded text into lines; what follows the last line ending waits for the next chunk or the end. */
  _normalWrite(chunk) {
    if (chunk === undefined) return;
    let text = this[kDecoder].write(chunk);
    // The \n of a \r\n that arrived in two chunks: the \r already ended the line.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (text.length === 0) return;
    kLineEnding.lastIndex = 0;
    if (!kLineEnding.test(text)) {
      this[kBuffered] += text;
      return;
    }
    text = this[kBuffered] + text;
    this[kBuffered] = '';
    this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    kLineEnding.lastIndex = 0;
    let match;
    while ((match = kLineEnding.exec(text)) !== null) {
      lines.push(text.slice(start, match.index));
      start = kLineEnding.lastIndex;
    }
    this[kBuffered] = text.slice(start);
    // As in Node, a listener that closes the interface does not stop the rest of this chunk's lines.
    for (const line of lines) this._onLine(line);
  }

  [kQuestion](query, answer) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = answer;
    this.prompt();
  }

  [kQuestionCancel]() {
    if (!this[kQuestionCallback]) return;
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }

  /**
   * The lines as an async iterator, from the first call on (later calls return the same one). Lines queue while
   * nobody awaits; over 1024 queued the input is paused until the queue is drained. Leaving a loop early stops
   * the iterator but leaves the interface open, as Node 20 does.
   */
  [Symbol.asyncIterator]() {
    if (this[kIterator] === undefined) this[kIterator] = lineIterator(this);
    return this[kIterator];
  }
}

const kHighWatermark = 1024;

function lineIterator(rl) {
  const queued = [];
  const waiting = [];
  let done = false;
  let failure = null;
  let pausedByUs = false;

  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queued.push(line);
    if (queued.length > kHighWatermark && !rl.paused) {
      pausedByUs = true;
      rl.pause();
    }
  };
  const finish = () => {
    detach();
    done = true;
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    detach();
    if (waiting.length > 0) {
      waiting.shift().reject(err);
      finish();
    } else {
      failure = err;
    }
  };
  const detach = () => {
    rl.removeListener('line', onLine);
    rl.removeListener('close', finish);
    rl.removeListener('error', onError);
  };
  rl.on('line', onLine);
  rl.on('close', finish);
  rl.on('error', onError);

  const iterator = {
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (pausedByUs && queued.length < kHighWatermark / 2) {
          pausedByUs = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure !== null) {
        const err = failure;
        failure = null;
        finish();
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      queued.length = 0;
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      queued.length = 0;
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

module.exports = { Interface, kQuestion, kQuestionCancel };
