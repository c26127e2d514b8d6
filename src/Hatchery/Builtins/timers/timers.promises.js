// Node's timers/promises: timers as promises, and an interval as an async iterator, cancellable by an AbortSignal.

const {
  AbortError, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, validateAbortSignal, validateBoolean, validateNumber, validateObject,
} = require('internal/errors');

const {
  setTimeout: scheduleTimeout, clearTimeout, setImmediate: scheduleImmediate, clearImmediate,
  setInterval: scheduleInterval, clearInterval,
} = binding;

// Node rejects bad options rather than throwing, so that callers only ever see a promise.
function readOptions(delay, options) {
  if (delay !== undefined) validateNumber(delay, 'delay');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function aborted(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Starts a one-shot timer that settles a promise, and cancels it with an AbortError when the signal fires.
function cancellable(delay, options, start, cancel) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(delay, options));
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal !== undefined && signal.aborted) return Promise.reject(aborted(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (!ref) handle.unref();
    if (signal !== undefined) {
      onAbort = () => {
        cancel(handle);
        reject(aborted(signal));
      };
      signal.addEventListener('abort', onAbort);
    }
  });
  // The listener goes once the timer settles, so a long-lived signal does not collect dead listeners.
  return onAbort === undefined ? promise : promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(delay, value, options = {}) {
  return cancellable(delay, options, (resolve) => scheduleTimeout(resolve, delay, value), clearTimeout);
}

function setImmediate(value, options = {}) {
  return cancellable(undefined, options, (resolve) => scheduleImmediate(resolve, value), clearImmediate);
}

// Yields `value` once per elapsed interval; ticks that pass while the consumer is busy are yielded back to back.
async function* setInterval(delay, value, options = {}) {
  if (delay !== undefined) validateNumber(delay, 'delay');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal !== undefined && signal.aborted) throw aborted(signal);
  let pending = 0;
  let wake;
  let onAbort;
  const interval = scheduleInterval(() => {
    pending++;
    if (wake !== undefined) {
      const resume = wake;
      wake = undefined;
      resume();
    }
  }, delay);
  if (!ref) interval.unref();
  try {
    if (signal !== undefined) {
      onAbort = () => {
        clearInterval(interval);
        if (wake !== undefined) {
          const resume = wake;
          wake = undefined;
          resume(Promise.reject(aborted(signal)));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (signal === undefined || !signal.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0; pending--) yield value;
    }
    throw aborted(signal);
  } finally {
    clearInterval(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

// The experimental Scheduler API: only the instance below exists.
class Scheduler {
  constructor(token = undefined) {
    if (token !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
