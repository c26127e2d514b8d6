// Node's async_hooks module: AsyncLocalStorage, AsyncResource and the async id functions.
//
// The runtime keeps one current "frame": undefined, or a Map from each AsyncLocalStorage to its store, never changed
// once made (run and enterWith make a new one). The event loop captures the frame when a timer, tick, immediate or
// host operation is queued and restores it around the callback; promise reactions (then and await) carry it through
// Jint's job-callback hooks. binding.frame()/binding.setFrame(frame) read and replace it; binding.enable() starts the
// carrying, once the first storage or resource exists, so programs without one pay nothing.

const { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID, validateFunction, validateString } = require('internal/errors');

const { frame: currentFrame, setFrame } = binding;

let enabled = false;
function enable() {
  if (enabled) return;
  enabled = true;
  binding.enable();
}

// Async ids: Node numbers every async resource; here only AsyncResource objects get ids of their own, and the
// current id is the resource whose runInAsyncScope is running, else 1 (the main script's id in Node).
let lastAsyncId = 1;
let currentAsyncId = 1;
let currentTriggerId = 0;

function runInFrame(frame, fn, thisArg, args) {
  const outer = currentFrame();
  setFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setFrame(outer);
  }
}

function withStore(frame, storage, store) {
  const next = new Map(frame);
  next.set(storage, store);
  return next;
}

function withoutStore(frame, storage) {
  if (frame === undefined || !frame.has(storage)) return frame;
  const next = new Map(frame);
  next.delete(storage);
  return next.size === 0 ? undefined : next;
}

class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;

  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? currentAsyncId : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    enable();
    this.#frame = currentFrame();
    this.#asyncId = ++lastAsyncId;
    this.#triggerAsyncId = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const outerId = currentAsyncId;
    const outerTrigger = currentTriggerId;
    currentAsyncId = this.#asyncId;
    currentTriggerId = this.#triggerAsyncId;
    try {
      return runInFrame(this.#frame, fn, thisArg, args);
    } finally {
      currentAsyncId = outerId;
      currentTriggerId = outerTrigger;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          return self;
        },
        set(value) {
          self = value;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return new AsyncResource(type || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  #enabled = false;

  constructor() {
    enable();
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((cb, ...args) => cb(...args));
  }

  disable() {
    this.#enabled = false;
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const frame = currentFrame();
    return frame === undefined ? undefined : frame.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    setFrame(withStore(currentFrame(), this, store));
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const outer = currentFrame();
    setFrame(withStore(outer, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      setFrame(outer);
    }
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    const outer = currentFrame();
    setFrame(withoutStore(outer, this));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      setFrame(outer);
    }
  }
}

// createHook: the hooks are checked as Node checks them, but never called (Hatchery has no per-resource lifecycle).
class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

function executionAsyncId() {
  return currentAsyncId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

const topLevelResource = {};

function executionAsyncResource() {
  return topLevelResource;
}

// Node's provider names and numbers, for code that maps them; no resource here ever reports one.
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries(
    'NONE DIRHANDLE DNSCHANNEL ELDHISTOGRAM FILEHANDLE FILEHANDLECLOSEREQ BLOBREADER FSEVENTWRAP FSREQCALLBACK FSREQPROMISE GETADDRINFOREQWRAP GETNAMEINFOREQWRAP HEAPSNAPSHOT HTTP2SESSION HTTP2STREAM HTTP2PING HTTP2SETTINGS HTTPINCOMINGMESSAGE HTTPCLIENTREQUEST JSSTREAM JSUDPWRAP MESSAGEPORT PIPECONNECTWRAP PIPESERVERWRAP PIPEWRAP PROCESSWRAP PROMISE QUERYWRAP QUIC_LOGSTREAM QUIC_PACKET SHUTDOWNWRAP SIGNALWRAP STATWATCHER STREAMPIPE TCPCONNECTWRAP TCPSERVERWRAP TCPWRAP TTYWRAP UDPSENDWRAP UDPWRAP SIGINTWATCHDOG WORKER WORKERHEAPSNAPSHOT WRITEWRAP ZLIB CHECKPRIMEREQUEST PBKDF2REQUEST KEYPAIRGENREQUEST KEYGENREQUEST KEYEXPORTREQUEST CIPHERREQUEST DERIVEBITSREQUEST HASHREQUEST RANDOMBYTESREQUEST RANDOMPRIMEREQUEST SCRYPTREQUEST SIGNREQUEST TLSWRAP VERIFYREQUEST'.split(' ').map((name, i) => [name, i]),
  ),
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
