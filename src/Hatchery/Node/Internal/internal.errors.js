// Node's coded errors (err.code = 'ERR_…'), shared by the scripted built-in modules.

// Describes a received value the way Node's argument-validation messages do.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && typeof ctor.name === 'string' && ctor.name !== '') return ` Received an instance of ${ctor.name}`;
    return ` Received ${require('util').inspect(value, { depth: -1 })}`;
  }
  let shown = require('util').inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

// Coded errors print as "Name [CODE]: message" in toString and in the first line of the stack.
function makeCoded(Base, code, makeMessage) {
  class NodeError extends Base {
    constructor(...args) {
      super(makeMessage(...args));
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      if (typeof this.stack === 'string') {
        const header = `${Base.name}: `;
        if (this.stack.startsWith(header)) {
          Object.defineProperty(this, 'stack', {
            value: `${Base.name} [${code}]: ${this.stack.slice(header.length)}`, writable: true, configurable: true,
          });
        }
      }
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  Object.defineProperty(NodeError.prototype, 'name', { value: Base.name, writable: true, configurable: true });
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  return NodeError;
}

const primitiveTypes = ['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol', 'undefined', 'Function', 'Object'];

function typeList(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  for (const entry of list) {
    if (primitiveTypes.includes(entry)) types.push(entry.toLowerCase());
    else instances.push(entry);
  }
  const join = (items, last) => items.length > 2
    ? `${items.slice(0, -1).join(', ')}, ${last} ${items[items.length - 1]}`
    : items.join(` ${last} `);
  let text = '';
  if (types.length > 0) text += `${types.length > 1 ? 'one of type' : 'of type'} ${join(types, 'or')}`;
  if (instances.length > 0) {
    if (text) text += ' or ';
    text += `an instance of ${join(instances, 'or')}`;
  }
  return text;
}

const ERR_INVALID_ARG_TYPE = makeCoded(TypeError, 'ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `The ${subject} must be ${typeList(expected)}.${describeReceived(actual)}`;
});

const ERR_INVALID_ARG_VALUE = makeCoded(TypeError, 'ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = require('util').inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
});

const ERR_OUT_OF_RANGE = makeCoded(RangeError, 'ERR_OUT_OF_RANGE', (name, range, received) =>
  `The value of "${name}" is out of range. It must be ${range}. Received ${typeof received === 'bigint' ? `${received}n` : require('util').inspect(received)}`);

const ERR_UNHANDLED_ERROR = makeCoded(Error, 'ERR_UNHANDLED_ERROR', (shown) =>
  shown === undefined ? 'Unhandled error.' : `Unhandled error. (${shown})`);

const ERR_INVALID_RETURN_VALUE = makeCoded(TypeError, 'ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  const type = value !== null && typeof value === 'object' && value.constructor && value.constructor.name
    ? `instance of ${value.constructor.name}` : `type ${typeof value} (${require('util').inspect(value)})`;
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
});

const ERR_MISSING_ARGS = makeCoded(TypeError, 'ERR_MISSING_ARGS', (...names) =>
  `The ${names.map((n) => `"${n}"`).join(' and ')} argument${names.length > 1 ? 's' : ''} must be specified`);

const ERR_FALSY_VALUE_REJECTION = makeCoded(Error, 'ERR_FALSY_VALUE_REJECTION', () => 'Promise was rejected with falsy value');

const ERR_AMBIGUOUS_ARGUMENT = makeCoded(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);

const ERR_INVALID_THIS = makeCoded(TypeError, 'ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`);

const ERR_PARSE_ARGS_UNKNOWN_OPTION = makeCoded(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestion = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestion}`;
});

const ERR_PARSE_ARGS_INVALID_OPTION_VALUE = makeCoded(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (message) => message);

const ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL = makeCoded(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (arg) =>
  `Unexpected argument '${arg}'. This command does not take positional arguments`);

// The error async operations reject with when their AbortSignal fires.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
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
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

module.exports = {
  AbortError,
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_FALSY_VALUE_REJECTION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
  ERR_UNHANDLED_ERROR,
  describeReceived,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
};
