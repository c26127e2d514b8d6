// The WHATWG TextEncoder global (UTF-8 only). Apart from TextDecoder so that a runtime's first encode loads neither
// buffer nor the decoder's tables (issue 13); the encoding itself runs in C#.

const UTF8 = 1; // internal/buffer_core's id for utf-8, which binding.encode takes
const kInspect = Symbol.for('nodejs.util.inspect.custom');
let errors;

function invalidArgType(name, expected, actual) {
  errors ??= require('internal/errors');
  return new errors.ERR_INVALID_ARG_TYPE(name, expected, actual);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return new Uint8Array(binding.encode(`${input}`, UTF8));
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw invalidArgType('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeUtf8Into(src, dest);
    return { read, written };
  }

  // As Node 20: the fields on an object whose prototype only names the constructor, so it prints as a plain object.
  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = Object.create({ constructor: Object.getPrototypeOf(this)?.constructor ?? TextEncoder });
    shown.encoding = this.encoding;
    return inspect(shown, options);
  }
}

Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

module.exports = { TextEncoder };
