// structuredClone: the HTML structured-serialisation algorithm, applied in one step (serialise and revive).

const { DOMException } = require('internal/dom-exception');
const { bindingError } = require('internal/errors');
const { isProxy } = require('util/types');

// By name: the message serializer (internal/serialize) writes the name and revives by it.
const typedArrays = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array };
const errorTypes = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function notCloneable(value) {
  const text = typeof value === 'function' || typeof value === 'symbol' ? String(value) : `#<${tagOf(value)}>`;
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

function tagOf(value) {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' && value.constructor && value.constructor.name ? value.constructor.name : tag;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw bindingError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = transferList(options === undefined ? undefined : options.transfer);
  return cloneTransferring(value, transfer);
}

// The transfer list as Node reads it: any iterable (an object without Symbol.iterator counts as empty), holding
// only ArrayBuffers (and whatever `transferable` accepts, the message ports), each once.
function transferList(list, transferable = undefined) {
  if (list === undefined || list === null) return [];
  if (typeof list !== 'object') {
    throw bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (typeof list[Symbol.iterator] !== 'function') return [];
  const items = [];
  for (const item of list) {
    const isBuffer = Object.prototype.toString.call(item) === '[object ArrayBuffer]';
    if (!isBuffer && !(transferable !== undefined && transferable(item))) {
      throw bindingError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (items.includes(item)) {
      throw new DOMException(`Transfer list contains duplicate ${isBuffer ? 'ArrayBuffer' : tagOf(item)}`, 'DataCloneError');
    }
    items.push(item);
  }
  return items;
}

// Clones `value`, then detaches the transferred ArrayBuffers, so a clone that fails leaves them whole, as in Node.
// The clone of a transferred buffer is made first (a copy), and the original is detached afterwards by transferring
// it away to nothing: what the script sees is Node's, at the cost of one copy.
function cloneTransferring(value, transfer, memory = new Map()) {
  const buffers = transfer.filter((item) => Object.prototype.toString.call(item) === '[object ArrayBuffer]');
  // A buffer already detached transfers as an empty one (Node's answer, where cloning it would throw).
  for (const buffer of buffers) memory.set(buffer, buffer.detached ? new ArrayBuffer(0) : cloneBuffer(buffer));
  const result = clone(value, memory);
  for (const buffer of buffers) if (!buffer.detached) buffer.transfer(0);
  return result;
}

function cloneBuffer(buffer) {
  if (buffer.detached) throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
  if (!buffer.resizable) return buffer.slice(0);
  const copy = new ArrayBuffer(buffer.byteLength, { maxByteLength: buffer.maxByteLength });
  new Uint8Array(copy).set(new Uint8Array(buffer));
  return copy;
}

function clone(value, memory) {
  if (typeof value === 'symbol' || typeof value === 'function') throw notCloneable(value);
  if (value === null || typeof value !== 'object') return value;
  if (memory.has(value)) return memory.get(value);
  // As Node: a Proxy cannot be cloned, and no trap runs to find that out.
  if (isProxy(value)) throw new DOMException('#<Object> could not be cloned.', 'DataCloneError');
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  let copy;
  switch (tag) {
    case 'Boolean': case 'Number': case 'String': case 'BigInt':
      copy = Object(value.valueOf());
      memory.set(value, copy);
      return copy;
    case 'Date':
      copy = new Date(value.getTime());
      memory.set(value, copy);
      return copy;
    case 'RegExp':
      copy = new RegExp(value.source, value.flags);
      memory.set(value, copy);
      return copy;
    case 'ArrayBuffer':
      copy = cloneBuffer(value);
      memory.set(value, copy);
      return copy;
    case 'DataView': {
      copy = new DataView(clone(value.buffer, memory), value.byteOffset, value.byteLength);
      memory.set(value, copy);
      return copy;
    }
    case 'Map':
      copy = new Map();
      memory.set(value, copy);
      for (const [k, v] of value) copy.set(clone(k, memory), clone(v, memory));
      return copy;
    case 'Set':
      copy = new Set();
      memory.set(value, copy);
      for (const v of value) copy.add(clone(v, memory));
      return copy;
    case 'Error': {
      const Type = errorTypes[value.name] || Error;
      copy = Object.create(Type.prototype);
      memory.set(value, copy);
      const define = (name, v) => Object.defineProperty(copy, name, { value: v, writable: true, configurable: true });
      if (Object.prototype.hasOwnProperty.call(value, 'message')) define('message', String(value.message));
      if (typeof value.stack === 'string') define('stack', value.stack);
      if (Object.prototype.hasOwnProperty.call(value, 'cause')) define('cause', clone(value.cause, memory));
      return copy;
    }
    case 'Array':
      copy = new Array(value.length);
      memory.set(value, copy);
      break;
    case 'Object':
      copy = {};
      memory.set(value, copy);
      break;
    default: {
      const Typed = Object.values(typedArrays).find((T) => value instanceof T);
      if (Typed) {
        copy = new Typed(clone(value.buffer, memory), value.byteOffset, value.length);
        memory.set(value, copy);
        return copy;
      }
      throw notCloneable(value);
    }
  }
  // Plain objects and arrays: own enumerable string keys, read through getters, prototype not kept.
  for (const key of Object.keys(value)) copy[key] = clone(value[key], memory);
  return copy;
}

module.exports = { structuredClone, transferList, cloneTransferring, notCloneable, typedArrays, errorTypes };
