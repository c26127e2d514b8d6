// Node's coded errors (err.code = 'ERR_…') and argument validators, shared by the scripted built-in modules.
// Messages and shapes follow Node 20's lib/internal/errors.js and lib/internal/validators.js.

const codes = {};

// Defines codes[code]: a subclass of Base whose message is `message` with each %s replaced by an argument, or
// what `message(...args)` returns (called with the new error as `this`, so it may add properties). The class is
// built on first read: a runtime that loads this file pays only for the codes its modules name. Further bases give
// variants under their names, as Node's `new ERR_INVALID_STATE.TypeError(...)`.
function E(code, message, Base, ...variants) {
  let built;
  const build = () => {
    const NodeError = makeErrorClass(code, message, Base);
    for (const Variant of variants) NodeError[Variant.name] = makeErrorClass(code, message, Variant);
    return NodeError;
  };
  Object.defineProperty(codes, code, {
    get: () => (built ??= build()),
    enumerable: true,
    configurable: true,
  });
}

function makeErrorClass(code, message, Base) {
  return class NodeError extends Base {
    constructor(...args) {
      super();
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      const text = typeof message === 'function' ? Reflect.apply(message, this, args) : formatMessage(message, args);
      Object.defineProperty(this, 'message', { value: text, writable: true, configurable: true });
      showCodeInStack(this, code);
    }

    // Node's NodeError answers `constructor` with the base class, so `err.constructor === TypeError`.
    get ['constructor']() {
      return Base;
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
}

// What Node's C++ bindings throw: a plain error that carries a code (and maybe more) but shows none in its name line.
function bindingError(Base, code, message, properties = undefined) {
  const error = new Base(message);
  error.code = code;
  if (properties !== undefined) Object.assign(error, properties);
  return error;
}

// As Node's getMessage: util.format, so that an object argument is inspected ("Unknown encoding: {}").
function formatMessage(message, args) {
  return args.length === 0 ? message : require('util').format(message, ...args);
}

// Jint's stacks hold only frames, which start inside this file; Node's start at the caller, under a first line
// that names the code: "TypeError [ERR_X]: message".
function showCodeInStack(error, code) {
  if (typeof error.stack !== 'string') return;
  const frames = error.stack.split('\n').filter((line) => !line.includes('node:internal.errors:'));
  const stack = [`${error.name} [${code}]: ${error.message}`, ...frames].join('\n');
  Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true });
}

function inspect(value, options) {
  return require('util').inspect(value, options);
}

function formatList(array, type = 'and') {
  if (array.length < 3) return array.join(` ${type} `);
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

// How argument-validation messages describe the value they received.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      return `type number (${Object.is(value, -0) ? '-0' : value})`;
    case 'boolean':
    case 'symbol':
      return `type ${type} (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return inspect(value, { depth: -1 });
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      return value.includes("'") ? `type string (${JSON.stringify(value)})` : `type string ('${value}')`;
    default: {
      let shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${type} (${shown})`;
    }
  }
}

// Only for integers: 4294967296 reads as 4_294_967_296.
function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
  return `${text.slice(0, i)}${result}`;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

// `expected` names types ('string', 'Function'), classes ('URL') or anything else ('a dictionary').
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  const list = Array.isArray(expected) ? expected : [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` : `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of list) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // With classes allowed too, a plain object is named as the class Object.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
  else if (other.length === 1) msg += `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
  return `${msg}. Received ${determineSpecificType(actual)}`;
}, TypeError);

E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
}, TypeError, RangeError);

E('ERR_OUT_OF_RANGE', (name, range, input, replaceDefaultBoolean = false) => {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  return `${replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`} It must be ${range}. Received ${received}`;
}, RangeError);

// Each argument is a name, or an array of names of which one is needed.
E('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  return `The ${formatList(names)} argument${args.length > 1 ? 's' : ''} must be specified`;
}, TypeError);

E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`, TypeError);

E('ERR_INVALID_URL', function invalidUrl(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);

E('ERR_INVALID_URL_SCHEME', (expected) => {
  const list = typeof expected === 'string' ? [expected] : expected;
  return `The URL must be ${list.length === 2 ? `one of scheme ${list[0]} or ${list[1]}` : `of scheme ${list[0]}`}`;
}, TypeError);

E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError);

E('ERR_UNHANDLED_ERROR', (err = undefined) => (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`), Error);

E('ERR_FALSY_VALUE_REJECTION', function falsyValueRejection(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);

E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestion = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestion}`;
}, TypeError);

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
// Hatchery's wording: Node names the platform, where Hatchery lacks the feature everywhere.
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', '%s is not supported by Hatchery', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_WORKER_PATH', (filename) => 'The worker script or module filename must be an absolute path or a relative path ' +
  "starting with './' or '../'." + (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  ` Received "${filename}"`, TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%s is not a valid timestamp', TypeError);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);

// The error async operations reject with when their AbortSignal fires.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    // Jint ignores the `cause` option of Error; set it the way the engine would have.
    if (options !== undefined && 'cause' in options && !Object.prototype.hasOwnProperty.call(this, 'cause')) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    }
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}


function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw new codes.ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// The codes object itself is exported: spreading it would build every class.
module.exports = Object.assign(codes, {
  AbortError,
  bindingError,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
});
