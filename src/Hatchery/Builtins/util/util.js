// Node's util module, written for Hatchery; inspect and format are the C# Inspector and Formatter.
// UtilModule makes the exports on first read: format, types and the encoders come from C#, the rest from here,
// so this script runs only when a script first reads one of those.

const {
  ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, validateFunction, validateObject, validateString,
} = require('internal/errors');
const { emitWarning } = require('internal/warning');
const { isDeepStrictEqual } = require('internal/comparisons');
const types = require('util/types');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

function inspect(value, opts) {
  const options = { ...defaultOptions };
  if (arguments.length > 1 && (opts === null || typeof opts !== 'object')) {
    // The legacy signature: inspect(value, showHidden, depth, colors).
    if (opts !== undefined) options.showHidden = opts;
    if (arguments.length > 2 && arguments[2] !== undefined) options.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) options.colors = arguments[3];
  } else if (opts) {
    Object.assign(options, opts);
  }
  return binding.inspect(value, options);
}

inspect.custom = customInspect;

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaultOptions; },
  set(options) {
    validateObject(options, 'options');
    Object.assign(defaultOptions, options);
  },
});

inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27],
  hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49],
  bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
  string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions');
  return binding.formatWithOptions({ ...defaultOptions, ...inspectOptions }, ...args);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[customPromisify]) {
    const fn = original[customPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) reject(err);
        else resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}

promisify.custom = customPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    const self = this;
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(() => Reflect.apply(callback, self, [null, value])),
      (reason) => {
        // A falsy rejection still has to reach the callback as an error.
        if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
        process.nextTick(() => Reflect.apply(callback, self, [reason]));
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const prototype = Object.getPrototypeOf(original);
  Object.setPrototypeOf(callbackified, prototype);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const deprecatedCodes = new Set();

function deprecate(fn, msg, code) {
  if (typeof process === 'object' && process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined) {
        emitWarning(msg, 'DeprecationWarning');
      } else if (!deprecatedCodes.has(code)) {
        deprecatedCodes.add(code);
        emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// Which NODE_DEBUG sections are on, read once per runtime.
let debugPattern;

function debugEnabled(section) {
  if (debugPattern === undefined) {
    const env = typeof process === 'object' && process.env ? process.env.NODE_DEBUG : undefined;
    if (env) {
      const alternatives = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugPattern = new RegExp(`^${alternatives}$`, 'i');
    } else {
      debugPattern = null;
    }
  }
  return debugPattern !== null && debugPattern.test(section);
}

function debuglog(section, callback) {
  let logger;
  const init = () => {
    if (logger !== undefined) return;
    const upper = section.toUpperCase();
    if (debugEnabled(section)) {
      const pid = typeof process === 'object' ? process.pid : 0;
      logger = (...args) => {
        const text = `${upper} ${pid}: ${formatWithOptions({ colors: false }, ...args)}\n`;
        if (typeof process === 'object' && process.stderr) process.stderr.write(text);
        else console.error(text.slice(0, -1));
      };
    } else {
      logger = () => {};
    }
    if (typeof callback === 'function') callback(logger);
  };
  const debug = (...args) => {
    init();
    logger(...args);
  };
  Object.defineProperty(debug, 'enabled', { get() { return debugEnabled(section); }, configurable: true, enumerable: true });
  return debug;
}

// Matches ANSI escape sequences (CSI and OSC) as terminals interpret them.
const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansiPattern, '');
}

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : str[i];
  }
  return out;
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

module.exports = {
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (value) => typeof value === 'boolean',
  isBuffer: (value) => typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' && Buffer.isBuffer(value),
  isDate: types.isDate,
  isDeepStrictEqual,
  isError,
  isFunction: (value) => typeof value === 'function',
  isNull: (value) => value === null,
  isNullOrUndefined: (value) => value === null || value === undefined,
  isNumber: (value) => typeof value === 'number',
  isObject: (value) => value !== null && typeof value === 'object',
  isPrimitive: (value) => value === null || (typeof value !== 'object' && typeof value !== 'function'),
  isRegExp: types.isRegExp,
  isString: (value) => typeof value === 'string',
  isSymbol: (value) => typeof value === 'symbol',
  isUndefined: (value) => value === undefined,
  // Loaded on first call: most programs never parse arguments.
  parseArgs(config = {}) { return require('internal/util/parse_args').parseArgs(config); },
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
  _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    for (const key of Object.keys(source)) target[key] = source[key];
    return target;
  },
};

