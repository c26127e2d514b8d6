// console.Console: validates what Node validates, then lets the C# console fill the instance with its methods.

const {
  ERR_CONSOLE_WRITABLE_STREAM, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, validateObject,
} = require('internal/errors');

const kIsConsole = Symbol('kIsConsole');
const kMaxGroupIndentation = 1000;

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Node lets Console be called without `new`.
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') throw new ERR_INVALID_ARG_TYPE('groupIndentation', 'number', groupIndentation);
    if (!Number.isInteger(groupIndentation)) throw new ERR_OUT_OF_RANGE('groupIndentation', 'an integer', groupIndentation);
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw new ERR_OUT_OF_RANGE('groupIndentation', `>= 0 && <= ${kMaxGroupIndentation}`, groupIndentation);
    }
  }
  if (inspectOptions !== undefined) validateObject(inspectOptions, 'options.inspectOptions');
  binding.fill(this, stdout, stderr, ignoreErrors !== false, groupIndentation === undefined ? 2 : groupIndentation);
  const hidden = [['_stdout', stdout], ['_stderr', stderr], ['_ignoreErrors', ignoreErrors !== false], [kIsConsole, true]];
  for (const [key, value] of hidden) Object.defineProperty(this, key, { value, writable: true, configurable: true });
}

// Node's global console is not made by this constructor, yet `console instanceof Console` holds.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance === binding.globalConsole || (instance !== null && typeof instance === 'object' && instance[kIsConsole] === true);
  },
});

module.exports = { Console };
