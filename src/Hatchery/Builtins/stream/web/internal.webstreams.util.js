// What the web streams share: internal slots, queues with sizes, queuing strategies' options, promise helpers and
// the inspect output Node prints for them. Follows the WHATWG Streams standard as Node 20's lib/internal/webstreams.

const { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE } = require('internal/errors');

// Every stream, reader, writer and controller keeps its slots in one non-enumerable object under this key.
const kState = Symbol('kState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function setState(target, state) {
  Object.defineProperty(target, kState, { value: state, writable: true, configurable: true });
  return state;
}

// Node's message for an object without the slots a method needs: TypeError [ERR_INVALID_THIS].
function brandCheck(value, type, isType) {
  if (!isType(value)) {
    const { ERR_INVALID_THIS } = require('internal/errors');
    throw new ERR_INVALID_THIS(type);
  }
}

function customInspect(depth, options, inspect, name, data) {
  if (depth < 0) return this;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// A promise whose resolve and reject are kept, with whether it is still pending, as the standard's algorithms need.
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = (value) => {
      deferred.pending = false;
      resolve(value);
    };
    deferred.reject = (reason) => {
      deferred.pending = false;
      reject(reason);
    };
  });
  return deferred;
}

function markHandled(promise) {
  promise.then(undefined, () => {});
}

function resolved(value) {
  return Promise.resolve(value);
}

function rejected(reason) {
  return Promise.reject(reason);
}

// Calls method on target with args, turning a throw or a non-promise result into a promise.
function promiseCall(method, target, ...args) {
  try {
    return Promise.resolve(method === undefined ? undefined : Reflect.apply(method, target, args));
  } catch (error) {
    return Promise.reject(error);
  }
}

function getMethod(source, name) {
  const method = source?.[name];
  if (method === undefined) return undefined;
  // Node binds the method, and so says what Function.prototype.bind says of a non-function.
  if (typeof method !== 'function') throw new TypeError('Bind must be called on a function');
  return method;
}

function extractHighWaterMark(strategy, defaultHwm) {
  if (strategy?.highWaterMark === undefined) return defaultHwm;
  const highWaterMark = Number(strategy.highWaterMark);
  if (Number.isNaN(highWaterMark) || highWaterMark < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  }
  return highWaterMark;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// A queue of { value, size } with its running total, as ResetQueue, EnqueueValueWithSize and DequeueValue define.
function resetQueue(container) {
  container.queue = [];
  container.queueHead = 0;
  container.queueTotalSize = 0;
}

function enqueueValueWithSize(container, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new RangeError(`Invalid size: ${size}`);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const { value, size } = container.queue[container.queueHead];
  container.queue[container.queueHead++] = undefined;
  if (container.queueHead > 1024 && container.queueHead * 2 > container.queue.length) {
    container.queue = container.queue.slice(container.queueHead);
    container.queueHead = 0;
  }
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

function peekQueueValue(container) {
  return container.queue[container.queueHead].value;
}

function queueLength(container) {
  return container.queue.length - container.queueHead;
}

module.exports = {
  kState,
  kInspect,
  setState,
  brandCheck,
  customInspect,
  createDeferred,
  markHandled,
  resolved,
  rejected,
  promiseCall,
  getMethod,
  extractHighWaterMark,
  extractSizeAlgorithm,
  resetQueue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  queueLength,
};

// WebIDL members are enumerable, and interfaces name themselves through Symbol.toStringTag.
function defineInterface(Class, name, members) {
  const descriptors = { [Symbol.toStringTag]: { value: name, configurable: true } };
  for (const member of members) descriptors[member] = { ...Object.getOwnPropertyDescriptor(Class.prototype, member), enumerable: true };
  Object.defineProperties(Class.prototype, descriptors);
}

module.exports.defineInterface = defineInterface;
