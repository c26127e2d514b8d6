// Node's `buffer` module. Buffer is a Uint8Array subclass; the byte work (encoding, decoding, searching,
// comparing, copying) is done by the C# functions on `binding`.

const { FastBuffer, encodingOf, lazyErrors, UTF8 } = require('internal/buffer_core');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;

/**
 * Like encodingOf, but throws ERR_UNKNOWN_ENCODING; `undefined` means UTF-8. As Node's getEncodingOps, any other
 * name is converted to a string first ("null" and "" are unknown, a symbol throws).
 */
function requireEncoding(encoding) {
  if (encoding === undefined) return UTF8;
  const name = `${encoding}`;
  const id = name === '' ? 0 : encodingOf(name);
  if (id === 0) throw new (lazyErrors().ERR_UNKNOWN_ENCODING)(encoding);
  return id;
}

// The checks of internal/errors' validators, made here so that internal/errors is loaded only to throw.
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number' || !(value >= min && value <= max)) lazyErrors().validateNumber(value, name, min, max);
}

function validateInteger(value, name, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) lazyErrors().validateInteger(value, name, min, max);
}

// Node warns once (DEP0005) when code outside node_modules calls Buffer(): the first frame not inside a built-in
// module decides, and after 100 calls from packages it stops looking.
let deprecationChecks = 0;
function warnDeprecated() {
  if (++deprecationChecks > 100) return;
  const frames = new Error().stack.split('\n');
  const caller = frames.find((frame) => /^\s+at /.test(frame) && !/\(?node:[^)]*\)?$/.test(frame) && !frame.includes('(<anonymous>)'));
  if (caller !== undefined && /[\\/]node_modules[\\/]/.test(caller)) return;
  deprecationChecks = Infinity;
  require('internal/warning').emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
    'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

/** Deprecated callable form: `Buffer(size)` allocates, anything else is `Buffer.from`. */
function Buffer(arg, encodingOrOffset, length) {
  if (deprecationChecks <= 100) warnDeprecated();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

const isUint8Array = (value) => value instanceof Uint8Array;
const isArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

function fromString(string, encoding) {
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    encoding = UTF8;
  } else {
    encoding = encodingOf(encoding);
    if (encoding === 0) throw new (lazyErrors().ERR_UNKNOWN_ENCODING)(arguments[1]);
    if (string.length === 0) return new FastBuffer();
  }
  return new FastBuffer(binding.encode(string, encoding));
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  byteOffset = byteOffset === undefined ? 0 : +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = 0;
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw new (lazyErrors().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new (lazyErrors().ERR_BUFFER_OUT_OF_BOUNDS)('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromArrayLike(arrayLike) {
  const length = arrayLike.length;
  if (!(length > 0)) return new FastBuffer();
  const buffer = new FastBuffer(length);
  // TypedArray#set converts each element as `buffer[i] = value` would, natively.
  Uint8Array.prototype.set.call(buffer, arrayLike);
  return buffer;
}

function fromObject(object) {
  if (object.length !== undefined || isArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return from(primitive, encodingOrOffset, length);
    }
    const buffer = fromObject(value);
    if (buffer) return buffer;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.decode(this, UTF8, 0, this.length);
  const length = this.length;
  if (start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  return binding.decode(this, requireEncoding(encoding), start, end);
}

// Everything else is a data property made on first read, in Node's order: the first read of any of them runs
// internal/buffer_members once, which makes them all (most scripts call only from and toString).
let members;
function loadMembers() {
  return members ??= require('internal/buffer_members')({
    binding, Buffer, FastBuffer, bufferExports: module.exports, requireEncoding, validateNumber, validateInteger,
    isUint8Array, isArrayBuffer, fromArrayLike, kMaxLength,
  });
}
const member = (table, name) => loadMembers()[table][name];

binding.addLazyMembers(Buffer, ['from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer',
  'compare', 'isEncoding', 'concat', 'byteLength'], (name) => (name === 'from' ? from : member('statics', name)));

const proto = Buffer.prototype;

// The number readers and writers and the legacy …Slice/…Write methods, in Node's order after constructor.
binding.addLazyMethods(proto, (name) => name.endsWith('Slice') || name.endsWith('Write')
  ? loadMembers().legacyMethod(name)
  : require('internal/buffer_readwrite')(name));

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; }, enumerable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; }, enumerable: true,
});


const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
binding.addLazyMembers(proto, ['copy', 'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf', 'includes',
  'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString', inspectSymbol],
(name) => {
  if (name === 'toString' || name === 'toLocaleString') return toString;
  return member('proto', name === inspectSymbol ? 'inspect' : name);
});

module.exports = { Buffer };
binding.addLazyMembers(module.exports, ['SlowBuffer', 'isUtf8', 'isAscii'], (name) => member('exported', name));
module.exports.kMaxLength = kMaxLength;
module.exports.kStringMaxLength = kStringMaxLength;
binding.addLazyMembers(module.exports, ['btoa', 'atob'], (name) => member('exported', name));
Object.defineProperty(module.exports, 'constants', {
  value: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength }, enumerable: true,
});
module.exports.INSPECT_MAX_BYTES = 50;
Object.defineProperties(module.exports, {
  Blob: { get() { return require('internal/blob').Blob; }, enumerable: true, configurable: true },
  File: { get() { return require('internal/blob').File; }, enumerable: true, configurable: true },
});
