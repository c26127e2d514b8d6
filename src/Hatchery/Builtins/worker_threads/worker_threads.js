'use strict';
// worker_threads: each Worker is another runtime of the same factory on a thread of its own (WorkerHost). What
// crosses between them is strings: workerData and messages serialised by internal/serialize, through the same C#
// endpoints as MessageChannel's ports.

const EventEmitter = require('events');
const path = require('path');
const { MessageChannel, MessagePort, BroadcastChannel, createPort } = require('internal/messaging');
const { serialize, deserialize } = require('internal/serialize');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH } = require('internal/errors');

const side = binding.side();
const isMainThread = side === null;
const threadId = isMainThread ? 0 : side.threadId;
const parentPort = isMainThread ? null : createPort(side.port);
const workerData = isMainThread ? null : deserialize(side.workerData);
const environmentData = isMainThread ? new Map() : deserialize(side.environmentData);
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kState = Symbol('kState');

function scriptPath(filename) {
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    return require('url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new ERR_WORKER_PATH(filename);
  return path.resolve(filename);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const isEval = Boolean(options.eval);
    if (isEval && typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, "must be false when 'filename' is not a string");
    }
    const source = isEval ? filename : scriptPath(filename);
    if (options.argv !== undefined && !Array.isArray(options.argv)) throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
    let env = options.env === undefined || options.env === SHARE_ENV ? process.env : options.env;
    if (env === null || typeof env !== 'object') throw new ERR_INVALID_ARG_TYPE('options.env', 'Object', env);
    const spec = {
      source, eval: isEval, argv: (options.argv || []).map((a) => `${a}`), env,
      workerData: serialize(options.workerData, options.transferList), environmentData: serialize(environmentData),
    };
    const state = this[kState] = { exited: false, handle: null, port: null };
    state.handle = binding.start(spec, {
      online: () => this.emit('online'),
      error: (text) => this.emit('error', deserialize(text)),
      exit: (code) => {
        state.exited = true;
        state.port.close();
        this.threadId = -1;
        this.emit('exit', code);
      },
    });
    this.threadId = state.handle.threadId;
    // The worker itself holds the loop open (ref/unref), not the port its messages come through.
    state.port = createPort(state.handle.port);
    state.port.unref();
    state.port.on('message', (data) => this.emit('message', data));
    state.handle.launch();
  }

  postMessage(...args) {
    this[kState].port.postMessage(...args);
  }

  terminate(callback = undefined) {
    const state = this[kState];
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (state.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.once('exit', resolve);
      state.handle.terminate();
    });
  }

  ref() {
    this[kState].handle.ref();
  }

  unref() {
    this[kState].handle.unref();
  }

  get resourceLimits() {
    return this[kState].exited ? {} : { maxYoungGenerationSizeMb: 0, maxOldGenerationSizeMb: 0, codeRangeSizeMb: 0, stackSizeMb: 4 };
  }
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// Nothing is transferred but ArrayBuffers in a transfer list, so marking one changes nothing but the answer.
const untransferable = new WeakSet();

function markAsUntransferable(object) {
  if (object !== null && (typeof object === 'object' || typeof object === 'function')) untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return object !== null && typeof object === 'object' && untransferable.has(object);
}

module.exports = {
  isMainThread, parentPort, workerData, threadId, resourceLimits: {}, SHARE_ENV, Worker,
  MessageChannel, MessagePort, BroadcastChannel, getEnvironmentData, setEnvironmentData,
  markAsUntransferable, isMarkedAsUntransferable,
};
