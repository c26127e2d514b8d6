// Node's error shapes for the buffer family: a built-in error class with an enumerable `code`, and the
// message formats of ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE and friends.

function makeError(Base, code, message) {
  const error = new Base(message);
  Object.defineProperty(error, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  // Node prints the code between the name and the message.
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; }, writable: true, configurable: true,
  });
  return error;
}

function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
  return `${text.slice(0, i)}${result}`;
}

function inspectPrimitive(value) {
  if (typeof value === 'string') return value.includes("'") && !value.includes('"') ? `"${value}"` : `'${value.replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

function describeReceived(value) {
  if (value === null || value === undefined) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const name = value.constructor && value.constructor.name;
    return name ? ` Received an instance of ${name}` : ' Received [Object: null prototype]';
  }
  let shown = inspectPrimitive(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

/** `expected` is the phrase after "must be", e.g. "of type number" or "an instance of Array". */
function invalidArgType(name, expected, value) {
  const subject = name.endsWith(' argument') ? `The ${name}` : `The "${name}" argument`;
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${subject} must be ${expected}.${describeReceived(value)}`);
}

function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    received = addNumericalSeparator(String(value));
  } else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectPrimitive(value);
  }
  return makeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function bufferOutOfBounds(name) {
  return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

function unknownEncoding(encoding) {
  return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function invalidArgValue(name, value) {
  const custom = value !== null && typeof value === 'object' ? value[Symbol.for('nodejs.util.inspect.custom')] : undefined;
  const shown = typeof custom === 'function' ? custom.call(value) : inspectPrimitive(value);
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${shown}`);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if ((min !== undefined && value < min) || (max !== undefined && value > max) ||
      ((min !== undefined || max !== undefined) && Number.isNaN(value))) {
    throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

module.exports = {
  makeError, invalidArgType, outOfRange, bufferOutOfBounds, unknownEncoding, invalidArgValue,
  validateNumber, validateInteger,
};
