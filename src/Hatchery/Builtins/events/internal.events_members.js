// The members of Node's EventEmitter a first request rarely reads: EventEmitterFunction.cs builds the constructor, init,
// emit, addListener/on/prependListener and the max-listener accessors in C#, and makes each of these on its first read.
// They work over the same _events/_eventsCount/_maxListeners fields, so code that pokes them sees Node's shape.

const EventEmitter = require('events');

let loadedErrors;
const errors = () => (loadedErrors ??= require('internal/errors'));

// Checked here first so that the error module loads only when one fails.
function validateFunction(value, name) {
  if (typeof value !== 'function') errors().validateFunction(value, name);
}
function validateNumber(value, name, min) {
  if (typeof value !== 'number' || !(value >= min)) errors().validateNumber(value, name, min);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    errors().validateAbortSignal(signal, name);
  }
}

const kRejection = Symbol.for('nodejs.rejection');

function maxListenersOf(target) {
  return target._maxListeners === undefined ? EventEmitter.defaultMaxListeners : target._maxListeners;
}

// A rejected promise returned by a listener becomes an 'error' event (or a Symbol.for('nodejs.rejection') call).
function captureRejection(emitter, result, type, args, kCapture) {
  if (result === undefined || result === null || typeof result.then !== 'function') return;
  result.then(undefined, (err) => {
    process.nextTick(() => {
      if (typeof emitter[kRejection] === 'function') {
        emitter[kRejection](err, type, ...args);
        return;
      }
      const previous = emitter[kCapture];
      try {
        emitter[kCapture] = false;
        emitter.emit('error', err);
      } finally {
        emitter[kCapture] = previous;
      }
    });
  });
}

// What emit('error', value) throws when value is not an Error and nothing listens.
function unhandledError(er) {
  let shown;
  try {
    shown = require('util').inspect(er);
  } catch {
    shown = undefined;
  }
  const err = new (errors().ERR_UNHANDLED_ERROR)(shown);
  err.context = er;
  return err;
}

function describeTarget(target) {
  const ctor = target && target.constructor;
  return `[${ctor && ctor.name ? ctor.name : 'Object'}]`;
}

function warnMaxListeners(target, type, existing, max) {
  existing.warned = true;
  const warning = new Error(`Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
    `added to ${describeTarget(target)}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = existing.length;
  require('internal/warning').emitWarning(warning);
}

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, arguments);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
}

function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
}

function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  let position = -1;
  let original;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      original = list[i].listener;
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, original || listener);
  return this;
}

function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without removeListener watchers nothing needs to hear about each removal.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
}

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

function listeners(type) {
  return listenersOf(this, type, true);
}

function rawListeners(type) {
  return listenersOf(this, type, false);
}

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  const all = typeof list === 'function' ? [list] : list;
  if (listener == null) return all.length;
  let count = 0;
  for (const l of all) {
    if (l === listener || l.listener === listener) count++;
  }
  return count;
}

function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
}

function isEventTarget(value) {
  return value != null && typeof value.addEventListener === 'function' && typeof value.removeEventListener === 'function';
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget != null && typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  throw new (errors().ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[EventEmitter.kMaxEventTargetListeners] ?? EventEmitter.defaultMaxListeners;
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Anonymous in Node (name '' and length 0), hence the parenthesised expression, which keeps the name from being inferred.
const setMaxListeners = (0, function (n = EventEmitter.defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    EventEmitter.defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (isEventTarget(target)) {
      target[EventEmitter.kMaxEventTargetListeners] = n;
      target[EventEmitter.kMaxEventTargetListenersWarned] = false;
    } else if (target != null && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (errors().ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
});

const staticListenerCount = (0, function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(listenerCount, emitter, [type]);
});

function listen(emitter, name, listener, options) {
  if (typeof emitter.on === 'function') {
    if (options && options.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (isEventTarget(emitter)) {
    emitter.addEventListener(name, listener, options);
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (isEventTarget(emitter)) emitter.removeEventListener(name, listener);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new (errors().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removed = false;
  const onAbort = () => { if (!removed) listener(); };
  if (signal.aborted) {
    queueMicrotask(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
  }
  return {
    [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
      removed = true;
      if (typeof signal.removeEventListener === 'function') signal.removeEventListener('abort', onAbort);
    },
  };
}

// An async function, as in Node: a bad signal or an aborted one rejects the returned promise rather than throwing, and
// returning the inner promise from it costs two microtask turns, so `.then` callbacks on the result run two turns
// after the listener resolved it (scripts interleaving promise chains with once see Node's order).
const staticOnce = async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new (errors().AbortError)(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      unlisten(emitter, name, onEvent);
      if (signal) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      unlisten(emitter, name, onEvent);
      unlisten(emitter, 'error', onError);
      reject(new (errors().AbortError)(undefined, { cause: signal.reason }));
    };
    listen(emitter, name, onEvent, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
};

const staticOn = function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new (errors().AbortError)(undefined, { cause: signal.reason });
  const closeEvents = (options && options.close) || [];

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;

  const closeHandler = () => iterator.return();
  const eventHandler = (...args) => {
    const pending = unconsumedPromises.shift();
    if (pending) pending.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const pending = unconsumedPromises.shift();
    if (pending) pending.reject(err);
    else error = err;
    iterator.return();
  };
  const abortListener = () => errorHandler(new (errors().AbortError)(undefined, { cause: signal.reason }));

  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  const iterator = Object.setPrototypeOf({
    next() {
      const value = unconsumedEvents.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      unlisten(emitter, event, eventHandler);
      unlisten(emitter, 'error', errorHandler);
      for (const name of closeEvents) unlisten(emitter, name, closeHandler);
      if (signal) signal.removeEventListener('abort', abortListener);
      finished = true;
      for (const pending of unconsumedPromises) pending.resolve({ value: undefined, done: true });
      unconsumedPromises.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw new (errors().ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  for (const name of closeEvents) listen(emitter, name, closeHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
};

module.exports = {
  prototype: {
    once, prependOnceListener, removeListener, removeAllListeners, listeners, rawListeners, listenerCount, eventNames,
  },
  statics: {
    addAbortListener, once: staticOnce, on: staticOn, getEventListeners, getMaxListeners, setMaxListeners,
    listenerCount: staticListenerCount,
  },
  captureRejection,
  unhandledError,
  warnMaxListeners,
};
