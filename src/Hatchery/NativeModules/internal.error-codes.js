// Node-style errors with a `code` for the built-in modules written in JavaScript (NativeArguments is the C# side).

function withCode(ErrorType, code, message, extra) {
  const error = new ErrorType(message);
  error.code = code;
  if (extra) Object.assign(error, extra);
  // Node shows the code in the stack's first line: "TypeError [ERR_X]: message".
  if (typeof error.stack === 'string') {
    const stack = error.stack.replace(/^[^:\n]*/, `${error.name} [${code}]`);
    Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true });
  }
  return error;
}

function describe(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    return ctor && ctor.name ? `an instance of ${ctor.name}` : 'an instance of Object';
  }
  let shown = typeof value === 'string' ? `'${value.length > 25 ? value.slice(0, 25) + '...' : value}'`
    : typeof value === 'symbol' ? String(value)
    : Object.is(value, -0) ? '-0' : String(value) + (typeof value === 'bigint' ? 'n' : '');
  return `type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, actual) {
  const what = name.includes('.') ? 'property' : 'argument';
  return withCode(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${what} must be ${expected}. Received ${describe(actual)}`);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

module.exports = { withCode, describe, invalidArgType, validateString, validateFunction, validateObject };
