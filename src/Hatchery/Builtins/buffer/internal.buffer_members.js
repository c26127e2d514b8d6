// The members of `buffer` most scripts never use: every static but `from`, every prototype method but `toString`,
// the legacy per-encoding methods, `atob`, `btoa`, `isUtf8`, `isAscii` and `SlowBuffer`. Buffer (BufferFunction.cs)
// installs them as data properties made on first read (issue 13: evaluating them all was most of a runtime's first
// Buffer); the first read of any of them runs this file once, which makes them all.

const { encodingOf, lazyErrors, UTF8, UCS2, LATIN1, HEX, BASE64, BASE64URL } = require('internal/buffer_core');

/**
 * Like encodingOf, but throws ERR_UNKNOWN_ENCODING; `undefined` means UTF-8. As Node's getEncodingOps, any other
 * name is converted to a string first ("null" and "" are unknown, a symbol throws).
 */
function requireEncoding(encoding) {
  if (encoding === undefined) return UTF8;
  const name = `${encoding}`;
  const id = name === '' ? 0 : encodingOf(name);
  if (id === 0) throw new (lazyErrors().ERR_UNKNOWN_ENCODING)(encoding);
  return id;
}

// The checks of internal/errors' validators, made here so that internal/errors is loaded only to throw.
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number' || !(value >= min && value <= max)) lazyErrors().validateNumber(value, name, min, max);
}

function validateInteger(value, name, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) lazyErrors().validateInteger(value, name, min, max);
}

const isUint8Array = (value) => value instanceof Uint8Array;
const isArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

/** What Buffer and FastBuffer (C#) give the members, and the C# byte functions on `binding`. */
module.exports = function bufferMembers(shared) {
  const { binding, Buffer, FastBuffer, bufferExports, kMaxLength } = shared;

  function fromArrayLike(arrayLike) {
    const length = arrayLike.length;
    if (!(length > 0)) return new FastBuffer();
    const buffer = new FastBuffer(length);
    // TypedArray#set converts each element as `buffer[i] = value` would, natively.
    Uint8Array.prototype.set.call(buffer, arrayLike);
    return buffer;
  }

  function byteLengthOf(string, encoding) {
    switch (encoding) {
      case UTF8: return binding.utf8Length(string);
      case UCS2: return string.length * 2;
      case HEX: return string.length >>> 1;
      case BASE64: case BASE64URL: return binding.base64Length(string);
      default: return string.length;
    }
  }

  const statics = {};
  const proto = {};
  const exported = {};

  statics.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!ArrayBuffer.isView(view) || view instanceof DataView) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view);
    }
    const viewLength = view.length;
    if (viewLength === 0) return new FastBuffer();
    if (offset !== undefined || length !== undefined) {
      if (offset === undefined) {
        offset = 0;
      } else {
        validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
        if (offset >= viewLength) return new FastBuffer();
      }
      let end = viewLength;
      if (length !== undefined) {
        validateInteger(length, 'length', 0, Number.MAX_SAFE_INTEGER);
        end = offset + length;
      }
      view = view.slice(offset, end);
    }
    return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  };

  statics.of = function of(...items) {
    return fromArrayLike(items);
  };

  // Sizes from here up are checked against the runtime's memory limit before they are allocated.
  const kReserveFrom = 1 << 20;

  function validateSize(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    if (size >= kReserveFrom) binding.reserve(size);
  }

  statics.alloc = function alloc(size, fill, encoding) {
    validateSize(size);
    const buffer = new FastBuffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) fillBuffer(buffer, fill, 0, buffer.length, encoding);
    return buffer;
  };

  // Hatchery keeps no shared pool: unsafe allocations are zero-filled and own their ArrayBuffer.
  statics.allocUnsafe = function allocUnsafe(size) {
    validateSize(size);
    return new FastBuffer(size);
  };

  statics.allocUnsafeSlow = function allocUnsafeSlow(size) {
    validateSize(size);
    return new FastBuffer(size);
  };

  function SlowBuffer(size) {
    validateSize(size);
    return new FastBuffer(size);
  }
  Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
  Object.setPrototypeOf(SlowBuffer, Uint8Array);
  exported.SlowBuffer = SlowBuffer;

  statics.isBuffer = function isBuffer(value) {
    return value instanceof Buffer;
  };

  statics.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && encodingOf(encoding) !== 0;
  };

  statics.byteLength = function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isArrayBuffer(string)) return string.byteLength;
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string);
    }
    const mustMatch = arguments.length > 2 && arguments[2] === true;
    if (!mustMatch && string.length === 0) return 0;
    if (!encoding) return binding.utf8Length(string);
    const id = encodingOf(encoding);
    if (id === 0) return mustMatch ? -1 : binding.utf8Length(string);
    return byteLengthOf(string, id);
  };

  statics.compare = function compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('buf1', ['Buffer', 'Uint8Array'], buf1);
    if (!isUint8Array(buf2)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('buf2', ['Buffer', 'Uint8Array'], buf2);
    if (buf1 === buf2) return 0;
    return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
  };

  statics.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('list', 'Array', list);
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) if (list[i].length) length += list[i].length;
    } else {
      validateInteger(length, 'length', 0, kMaxLength);
    }
    if (length >= kReserveFrom) binding.reserve(length);
    const result = new FastBuffer(length);
    let position = 0;
    for (let i = 0; i < list.length; i++) {
      const part = list[i];
      if (!isUint8Array(part)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)(`list[${i}]`, ['Buffer', 'Uint8Array'], part);
      if (position < length) position += binding.copy(part, 0, part.length, result, position);
    }
    return result;
  };

  // The legacy per-encoding methods (latin1Slice, hexWrite…) some packages still call; Node's take no declared
  // parameters.
  function legacyMethod(name) {
    const write = name.endsWith('Write');
    const id = encodingOf(name.slice(0, -5));
    const method = write
      ? function (string, offset = 0, length = this.length - offset) {
        if (offset > this.length) {
          throw lazyErrors().bindingError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
        }
        return writeString(this, string, offset, Math.min(length, this.length - offset), id);
      }
      : function (start = 0, end = this.length) {
        return binding.decode(this, id, Math.max(0, start), Math.min(this.length, end));
      };
    Object.defineProperty(method, 'length', { value: 0 });
    Object.defineProperty(method, 'name', { value: name });
    return method;
  }

  proto.write = function write(string, offset, length, encoding) {
    if (offset === undefined) return writeString(this, string, 0, this.length, UTF8);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateInteger(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    return writeString(this, string, offset, length, encoding ? requireEncoding(encoding) : UTF8);
  };

  function writeString(buffer, string, offset, length, encoding) {
    // Node's check is in C++, which throws a plain TypeError with a code.
    if (typeof string !== 'string') {
      throw lazyErrors().bindingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    return length === 0 ? 0 : binding.write(buffer, string, encoding, offset, length);
  }

  proto.equals = function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || binding.compare(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  };

  proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateInteger(targetStart, 'targetStart', 0, kMaxLength);
    if (targetEnd === undefined) targetEnd = target.length;
    else validateInteger(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateInteger(sourceStart, 'sourceStart', 0, kMaxLength);
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateInteger(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  };

  function toInteger(n, fallback) {
    n = +n;
    if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
    return fallback;
  }

  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    if (!ArrayBuffer.isView(target)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw new (lazyErrors().ERR_OUT_OF_RANGE)('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.byteLength) {
        throw new (lazyErrors().ERR_OUT_OF_RANGE)('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.byteLength;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw new (lazyErrors().ERR_OUT_OF_RANGE)('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
    return binding.copy(this, sourceStart, Math.min(sourceEnd, this.byteLength), target, targetStart);
  };

  function fillBuffer(buffer, value, offset, end, encoding) {
    let id;
    if (typeof value === 'string') {
      if (offset === undefined || typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = buffer.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = buffer.length;
      }
      id = encodingOf(encoding);
      if (id === 0) {
        if (typeof encoding !== 'string') throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('encoding', 'string', encoding);
        throw new (lazyErrors().ERR_UNKNOWN_ENCODING)(encoding);
      }
      if (value.length === 0) value = 0;
      else if (value.length === 1 && ((id === UTF8 && value.charCodeAt(0) < 128) || id === LATIN1)) value = value.charCodeAt(0);
    } else if (typeof value === 'boolean') {
      value = +value;
    }
    if (offset === undefined) {
      offset = 0;
      end = buffer.length;
    } else {
      validateInteger(offset, 'offset', 0, kMaxLength);
      if (end === undefined) end = buffer.length;
      else validateInteger(end, 'end', 0, buffer.length);
      if (offset >= end) return buffer;
    }
    if (typeof value === 'number') {
      if (end - offset + offset > buffer.byteLength) throw new (lazyErrors().ERR_BUFFER_OUT_OF_BOUNDS)();
      Uint8Array.prototype.fill.call(buffer, value, offset, end);
      return buffer;
    }
    const pattern = typeof value === 'string' ? new FastBuffer(binding.encode(value, id)) : value;
    if (!isUint8Array(pattern)) {
      Uint8Array.prototype.fill.call(buffer, (value >>> 0) & 255, offset, end);
      return buffer;
    }
    if (pattern.length === 0) throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('value', value);
    binding.fill(buffer, pattern, offset, end);
    return buffer;
  }

  proto.fill = function fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  };

  /** Node's clamp of a search offset (see its IndexOfOffset): -1 means no match is possible. */
  function searchOffset(length, offset, needleLength, forward) {
    if (offset < 0) {
      if (offset + length >= 0) return length + offset;
      return forward || needleLength === 0 ? 0 : -1;
    }
    if (offset + needleLength <= length) return offset;
    if (needleLength === 0) return length;
    return forward ? -1 : length - 1;
  }

  function search(buffer, value, byteOffset, encoding, forward) {
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
    byteOffset = Math.trunc(byteOffset);
    let needle;
    if (typeof value === 'number') {
      const offset = searchOffset(buffer.length, byteOffset, 1, forward);
      if (offset < 0 || buffer.length === 0) return -1;
      return binding.indexOfByte(buffer, (value >>> 0) & 255, offset, forward);
    }
    if (typeof value === 'string') {
      const id = requireEncoding(encoding);
      needle = value.length === 0 ? new FastBuffer() : new FastBuffer(binding.encode(value, id));
    } else if (isUint8Array(value)) {
      needle = value;
    } else {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
    }
    const offset = searchOffset(buffer.length, byteOffset, needle.length, forward);
    if (needle.length === 0) return offset;
    if (buffer.length === 0 || offset < 0) return -1;
    return binding.indexOf(buffer, needle, offset, forward);
  }

  proto.indexOf = function indexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, true);
  };

  proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, false);
  };

  proto.includes = function includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  };

  function adjustOffset(offset, length) {
    offset = Math.trunc(offset);
    if (offset === 0 || Number.isNaN(offset)) return 0;
    if (offset < 0) return Math.max(offset + length, 0);
    return Math.min(offset, length);
  }

  proto.subarray = function subarray(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end === undefined ? length : adjustOffset(end, length);
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  };

  proto.slice = function slice(start, end) {
    return this.subarray(start, end);
  };

  proto.toJSON = function toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  };

  for (const bits of [16, 32, 64]) {
    proto[`swap${bits}`] = function () {
      if (this.length % (bits / 8) !== 0) throw new (lazyErrors().ERR_INVALID_BUFFER_SIZE)(`${bits}-bits`);
      binding.swap(this, bits / 8);
      return this;
    };
  }

  proto.inspect = function inspect(recurseTimes, ctx) { // eslint-disable-line no-unused-vars
    const max = bufferExports.INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    let text = binding.decode(this, HEX, 0, shown).replace(/(.{2})/g, '$1 ').trim();
    const remaining = this.length - max;
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return `<${this.constructor.name} ${text}>`;
  };

  function atob(input) {
    if (arguments.length === 0) throw new (lazyErrors().ERR_MISSING_ARGS)('input');
    input = `${input}`;
    // Forgiving base64 (WHATWG): whitespace is ignored, '=' may only end the data, at most two of them.
    const stripped = input.replace(/[\t\n\f\r ]+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(stripped)) throw domException('Invalid character', 'InvalidCharacterError');
    const significant = stripped.length;
    const padding = stripped.endsWith('==') ? 2 : stripped.endsWith('=') ? 1 : 0;
    let remainder = significant % 4;
    if (remainder === 0) remainder = (significant - padding) % 4;
    else if (padding) throw domException('Invalid character', 'InvalidCharacterError');
    if (remainder === 1) throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    const bytes = new FastBuffer(binding.encode(input, BASE64));
    return binding.decode(bytes, LATIN1, 0, bytes.length);
  }

  function btoa(input) {
    if (arguments.length === 0) throw new (lazyErrors().ERR_MISSING_ARGS)('input');
    input = `${input}`;
    for (let i = 0; i < input.length; i++) {
      if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
    }
    const bytes = new FastBuffer(binding.encode(input, LATIN1));
    return binding.decode(bytes, BASE64, 0, bytes.length);
  }

  function domException(message, name) {
    const error = new Error(message);
    Object.defineProperty(error, 'name', { value: name, writable: true, configurable: true });
    Object.defineProperty(error, 'code', { value: 5, writable: true, configurable: true });
    return error;
  }

  exported.isUtf8 = function isUtf8(input) {
    if (!ArrayBuffer.isView(input) && !isArrayBuffer(input)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    }
    const view = isArrayBuffer(input) ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return binding.decodeUtf8Strict(view, 0, view.length) !== null;
  };
  exported.isAscii = function isAscii(input) {
    if (!ArrayBuffer.isView(input) && !isArrayBuffer(input)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    }
    const view = isArrayBuffer(input) ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return binding.indexOfHighByte(view) === -1;
  };

  function atob(input) {
    if (arguments.length === 0) throw new (lazyErrors().ERR_MISSING_ARGS)('input');
    input = `${input}`;
    // Forgiving base64 (WHATWG): whitespace is ignored, '=' may only end the data, at most two of them.
    const stripped = input.replace(/[\t\n\f\r ]+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(stripped)) throw domException('Invalid character', 'InvalidCharacterError');
    const significant = stripped.length;
    const padding = stripped.endsWith('==') ? 2 : stripped.endsWith('=') ? 1 : 0;
    let remainder = significant % 4;
    if (remainder === 0) remainder = (significant - padding) % 4;
    else if (padding) throw domException('Invalid character', 'InvalidCharacterError');
    if (remainder === 1) throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    const bytes = new FastBuffer(binding.encode(input, BASE64));
    return binding.decode(bytes, LATIN1, 0, bytes.length);
  }
  function btoa(input) {
    if (arguments.length === 0) throw new (lazyErrors().ERR_MISSING_ARGS)('input');
    input = `${input}`;
    for (let i = 0; i < input.length; i++) {
      if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
    }
    const bytes = new FastBuffer(binding.encode(input, LATIN1));
    return binding.decode(bytes, BASE64, 0, bytes.length);
  }
  function domException(message, name) {
    const error = new Error(message);
    Object.defineProperty(error, 'name', { value: name, writable: true, configurable: true });
    Object.defineProperty(error, 'code', { value: 5, writable: true, configurable: true });
    return error;
  }

  exported.btoa = btoa;
  exported.atob = atob;

  return { statics, proto, exported, legacyMethod };
};
