// Node's vm module: compiling is the binding's (parse errors come back as data), and so is running; this file
// holds the API's shapes, the option checks and Node's errors.

const { ERR_INVALID_ARG_TYPE, validateObject, validateString } = require('internal/errors');

// Contextified objects and their realms; a WeakMap, so contextifying adds nothing to the object.
const contexts = new WeakMap();

function optionsOf(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

function timeoutOf(options) {
  const { timeout } = optionsOf(options);
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number') throw new ERR_INVALID_ARG_TYPE('options.timeout', 'number', timeout);
  if (!Number.isInteger(timeout) || timeout <= 0 || timeout > 4294967295) {
    const error = new RangeError(`The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received ${timeout}`);
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
  return timeout;
}

function syntaxError(filename, code, [message, line, column], Constructor) {
  const error = new Constructor(message);
  const lines = code.split('\n');
  // compileFunction's wrapper ends a line below the body: an error there is shown at the body's last line.
  if (line > lines.length) [line, column] = [lines.length, lines[lines.length - 1].length];
  const sourceLine = lines[line - 1].replace(/\r$/, '');
  // Jint's stacks hold only frames, and these start in this file; Node's first line names where the code broke.
  const frames = `${error.stack ?? ''}`.split('\n').filter((frame) => frame && !frame.includes('node:vm:'));
  const header = `${filename}:${line}\n${sourceLine}\n${' '.repeat(Math.max(column, 0))}^\n`;
  Object.defineProperty(error, 'stack', {
    value: [header, `SyntaxError: ${message}`, ...frames].join('\n'), writable: true, configurable: true,
  });
  return error;
}

// In Node, vm.Script compiles in this context and runIn(New)Context(code) in the context: the SyntaxError is that one's.
function compile(code, filename, handle = null, shown = code) {
  const compiled = binding.compile(code, filename);
  if (Array.isArray(compiled)) throw syntaxError(filename, shown, compiled, handle ? binding.global(handle).SyntaxError : SyntaxError);
  return compiled;
}

function run(handle, script, sandbox, timeout) {
  const result = binding.run(handle, script, sandbox, timeout);
  if (result === binding.timedOut) {
    const error = new Error(`Script execution timed out after ${timeout}ms`);
    error.code = 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    throw error;
  }
  return result;
}

function contextOf(context) {
  const handle = context !== null && typeof context === 'object' ? contexts.get(context) : undefined;
  if (handle === undefined) throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', context);
  return handle;
}

class Script {
  #compiled;

  constructor(code, options = {}, handle = null) {
    code = `${code}`;
    const { filename = 'evalmachine.<anonymous>' } = optionsOf(options);
    validateString(filename, 'options.filename');
    this.#compiled = compile(code, filename, handle);
  }

  runInThisContext(options) {
    return run(null, this.#compiled, null, timeoutOf(options));
  }

  runInContext(contextifiedObject, options) {
    const handle = contextOf(contextifiedObject);
    return run(handle, this.#compiled, contextifiedObject, timeoutOf(options));
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject), options);
  }
}

function createContext(contextObject = {}) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) return contextObject;
  validateObject(contextObject, 'contextObject');
  contexts.set(contextObject, binding.newContext());
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  const handle = contextOf(contextifiedObject);
  return new Script(code, options, handle).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  const context = createContext(contextObject);
  return new Script(code, options, contextOf(context)).runInContext(context, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  if (!Array.isArray(params)) throw new ERR_INVALID_ARG_TYPE('params', 'Array', params);
  params.forEach((param, i) => validateString(param, `params[${i}]`));
  const { filename = '', parsingContext } = optionsOf(options);
  // The body on the wrapper's first line, so that line numbers in stacks are the body's own.
  const handle = parsingContext === undefined ? null : contextOf(parsingContext);
  const compiled = compile(`(function (${params.join(', ')}) {${code}\n})`, filename, handle, code);
  return run(handle, compiled, parsingContext ?? null, undefined);
}

module.exports = {
  Script,
  compileFunction,
  createContext,
  createScript: (code, options) => new Script(code, options),
  isContext,
  runInContext,
  runInNewContext,
  runInThisContext,
};
