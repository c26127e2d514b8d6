// Node's assert module, written for Hatchery.

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');
const {
  ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
} = require('internal/errors');
const { inspect } = require('util');

const NO_EXCEPTION = Symbol('no exception');

function innerFail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLength = arguments.length;
  let internalMessage = false;
  if (argsLength === 0) {
    internalMessage = 'Failed';
  } else if (argsLength === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (argsLength === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const options = { actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail };
  if (message !== undefined) options.message = message;
  const error = new AssertionError(options);
  if (internalMessage) {
    error.message = internalMessage;
    error.generatedMessage = true;
  }
  throw error;
}

function innerOk(fn, argLength, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLength === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = `The expression evaluated to a falsy value:\n\n  ${callExpression(fn) || `assert.ok(${inspect(value)})`}\n`;
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

// The source text of the failing assert call, read from the caller's file as Node does.
function callExpression(fn) {
  const read = binding.callSite;
  if (typeof read !== 'function') return undefined;
  try {
    return read(String(new Error().stack)) || undefined;
  } catch {
    return undefined;
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;
assert.ok = ok;
assert.fail = fail;
assert.AssertionError = AssertionError;

function checkArgs(length, ...names) {
  if (length < names.length) throw new ERR_MISSING_ARGS(...names);
}

assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, 'actual', 'expected');
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
};

function matches(string, regexp, message, fn, expectMatch) {
  if (!(regexp instanceof RegExp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && regexp.test(string) === expectMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`;
    } else {
      message = (expectMatch
        ? `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n`
        : `The input was expected to not match the regular expression ${inspect(regexp)}. Input:\n\n`) + `${inspect(string)}\n`;
    }
  }
  const error = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

assert.match = function match(string, regexp, message) {
  matches(string, regexp, message, match, true);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  matches(string, regexp, message, doesNotMatch, false);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const error = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  error.generatedMessage = false;
  throw error;
};

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value) {
  return value !== null && typeof value === 'object' && typeof value.then === 'function' && typeof value.catch === 'function';
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function errorText(error) {
  return error && typeof error === 'object' && 'message' in error ? error.message : String(error);
}

// Checks a thrown value against an expected object's own keys, reporting with a Comparison diff.
function compareExpectedObject(actual, expected, message, fn) {
  const keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE_EMPTY(expected);
  for (const key of keys) {
    const want = expected[key];
    const have = actual == null ? undefined : actual[key];
    if (typeof have === 'string' && want instanceof RegExp && want.test(have)) continue;
    if (actual != null && key in Object(actual) && isDeepStrictEqual(have, want)) continue;
    const shownActual = new Comparison(actual, keys, expected);
    const shownExpected = new Comparison(expected, keys, actual);
    const error = new AssertionError({ actual: shownActual, expected: shownExpected, operator: 'deepStrictEqual', stackStartFn: fn });
    error.actual = actual;
    error.expected = expected;
    error.operator = fn.name;
    if (message) {
      error.message = message;
      error.generatedMessage = false;
    }
    throw error;
  }
}

function ERR_INVALID_ARG_VALUE_EMPTY(expected) {
  const { ERR_INVALID_ARG_VALUE } = require('internal/errors');
  return new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
}

class Comparison {
  constructor(source, keys, other) {
    for (const key of keys) {
      if (source != null && key in Object(source)) {
        const value = source[key];
        // A regular expression that matched is shown as the string it matched, so only mismatches remain.
        this[key] = other != null && typeof other[key] === 'string' && value instanceof RegExp && value.test(other[key])
          ? other[key] : value;
      }
    }
  }
}

function expectedException(actual, expected, message, fn) {
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const text = String(actual);
      if (expected.test(text)) return;
      const error = new AssertionError({
        actual, expected, operator: fn.name, stackStartFn: fn,
        message: message || `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`,
      });
      error.generatedMessage = !message;
      throw error;
    }
    if (expected === null || typeof expected !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
    }
    compareExpectedObject(actual, expected, message, fn);
    return;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (Error.isPrototypeOf(expected) || expected === Error) {
    let generated = message;
    if (!generated) {
      generated = `The error is expected to be an instance of "${expected.name}". Received `;
      if (actual instanceof Error) generated += `"${actual.constructor && actual.constructor.name}"`;
      else generated += `"${inspect(actual, { depth: -1 })}"`;
      if (actual && actual.message !== undefined) generated += `\n\nError message:\n\n${actual.message}`;
    }
    const error = new AssertionError({ actual, expected, message: generated, operator: fn.name, stackStartFn: fn });
    error.generatedMessage = !message;
    throw error;
  }
  const result = Reflect.apply(expected, {}, [actual]);
  if (result !== true) {
    let generated = message;
    if (!generated) {
      const name = expected.name ? `"${expected.name}" ` : '';
      generated = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (actual instanceof Error) generated += `\n\nCaught error:\n\n${actual}`;
    }
    const error = new AssertionError({ actual, expected, message: generated, operator: fn.name, stackStartFn: fn });
    error.generatedMessage = !message;
    throw error;
  }
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${fnType}${details}`, stackStartFn: fn });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || (typeof error === 'function' && error.prototype !== undefined && actual instanceof error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name, stackStartFn: fn,
      message: `Got unwanted ${fnType}${details}\nActual message: "${errorText(actual)}"`,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
