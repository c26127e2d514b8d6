// Makes the host-built process object an EventEmitter and gives it emitWarning, as Node's process is.
// `binding` is the process object itself; the global `process` is not readable yet while it is being built.
const EventEmitter = require('events');
const { ERR_INVALID_ARG_TYPE, validateInteger } = require('internal/errors');
const { printWarning } = require('internal/warning');

module.exports = function setup(process) {
  Object.setPrototypeOf(process, EventEmitter.prototype);
  EventEmitter.init.call(process);

  // Node's exitCode: an integer, or a string that reads as one ('3'), or null/undefined; process.exit sets it too.
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() {
      return exitCode;
    },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && !Number.isNaN(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ({ type = 'Warning', code, detail } = type);
    } else if (typeof type === 'function') {
      type = 'Warning';
    }
    if (typeof type !== 'string') type = 'Warning';
    if (typeof warning === 'string') {
      const error = new Error(warning);
      error.name = type;
      if (code !== undefined) error.code = code;
      if (detail !== undefined) error.detail = detail;
      warning = error;
    } else if (!(warning instanceof Error)) {
      throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    if (warning.name === 'DeprecationWarning' && process.throwDeprecation) throw warning;
    process.nextTick(() => {
      process.emit('warning', warning);
      printWarning(warning);
    });
  };
};
