// AbortController and AbortSignal on top of EventTarget.

const { Event, EventTarget, trusted } = require('internal/event-target');
const { DOMException } = require('internal/dom-exception');
const { ERR_ILLEGAL_CONSTRUCTOR, validateUint32 } = require('internal/errors');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kOnAbort = Symbol('onabort');
const kConstructing = Symbol('constructing');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// As Node: the public state under the constructor's name, one level deeper.
function inspectAs(self, shown, depth, options, inspect) {
  if (depth < 0) return self;
  return `${self.constructor.name} ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
}

class AbortSignal extends EventTarget {
  constructor(token = undefined) {
    if (token !== kConstructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kOnAbort] = null;
  }

  get aborted() {
    return this[kAborted];
  }

  get reason() {
    return this[kReason];
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, { aborted: this.aborted }, depth, options, inspect);
  }

  get onabort() {
    return this[kOnAbort] ? this[kOnAbort].handler : null;
  }

  set onabort(handler) {
    if (this[kOnAbort]) this.removeEventListener('abort', this[kOnAbort].listener);
    this[kOnAbort] = null;
    if (typeof handler === 'function') {
      const listener = (event) => handler.call(this, event);
      this[kOnAbort] = { handler, listener };
      this.addEventListener('abort', listener);
    }
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = undefined) {
    const signal = createSignal();
    signal[kAborted] = true;
    signal[kReason] = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal();
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // Like Node's, a pending timeout signal does not keep the process alive.
    if (timer && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    const result = createSignal();
    for (const signal of signals) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
    }
    return result;
  }
}

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function createSignal() {
  return new AbortSignal(kConstructing);
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(trusted(new Event('abort')));
}

const kSignal = Symbol('signal');

class AbortController {
  constructor() {
    // Not enumerable: Node keeps the signal in a private field, so an AbortController past the depth limit prints as
    // an empty object.
    Object.defineProperty(this, kSignal, { value: createSignal() });
  }

  get signal() {
    return this[kSignal];
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, { signal: this.signal }, depth, options, inspect);
  }

  abort(reason = undefined) {
    abortSignal(this[kSignal], reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason);
  }
}

Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal };
