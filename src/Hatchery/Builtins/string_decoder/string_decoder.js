// Node's string_decoder. Whole chunks are decoded by the C# bindings; only the few bytes of a character split
// across chunks are looked at here, with the rules of Node's own decoder.

const { Buffer } = require('buffer');
const { FastBuffer, encodingOf, encodingNames, lazyErrors, UTF8, UCS2, BASE64, BASE64URL } = require('internal/buffer_core');

const kPending = Symbol('pending');
const kMissing = Symbol('missing');
const kEncoding = Symbol('encoding');

/** How many bytes at the end of `bytes` start a UTF-8 character that is not complete yet, and how many it lacks. */
function utf8Tail(bytes) {
  const length = bytes.length;
  for (let count = 1; count <= Math.min(4, length); count++) {
    const byte = bytes[length - count];
    if ((byte & 0xC0) === 0x80) {
      if (count >= 4 || count === length) return [0, 0];
      continue;
    }
    const needed = (byte & 0xE0) === 0xC0 ? 2 : (byte & 0xF0) === 0xE0 ? 3 : (byte & 0xF8) === 0xF0 ? 4 : 0;
    return needed > count ? [count, needed - count] : [0, 0];
  }
  return [0, 0];
}

function tailOf(encoding, bytes) {
  const length = bytes.length;
  switch (encoding) {
    case UTF8: return utf8Tail(bytes);
    case UCS2:
      if (length % 2 === 1) return [1, 1];
      // A high surrogate waits for its pair.
      if (length >= 2 && (bytes[length - 1] & 0xFC) === 0xD8) return [2, 2];
      return [0, 0];
    case BASE64: case BASE64URL: {
      const rest = length % 3;
      return rest === 0 ? [0, 0] : [rest, 3 - rest];
    }
    default: return [0, 0];
  }
}

class StringDecoder {
  constructor(encoding) {
    const id = encodingOf(encoding);
    if (id === 0) throw new (lazyErrors().ERR_UNKNOWN_ENCODING)(encoding);
    this[kEncoding] = id;
    this[kPending] = null;
    this[kMissing] = 0;
    this.encoding = encodingNames[id];
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    let bytes = buf instanceof Uint8Array ? buf : new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength);
    const encoding = this[kEncoding];
    let prefix = '';
    if (this[kMissing] > 0) {
      let taken = 0;
      while (taken < bytes.length && taken < this[kMissing]) {
        // A UTF-8 character cut short by a byte that cannot continue it is decoded as it stands.
        if (encoding === UTF8 && (bytes[taken] & 0xC0) !== 0x80) break;
        taken++;
      }
      const pending = Buffer.concat([this[kPending], bytes.subarray(0, taken)]);
      bytes = bytes.subarray(taken);
      if (taken < this[kMissing] && bytes.length === 0) {
        this[kPending] = pending;
        this[kMissing] -= taken;
        return '';
      }
      this[kPending] = null;
      this[kMissing] = 0;
      prefix = binding.decode(pending, encoding, 0, pending.length);
    }
    const [held, missing] = tailOf(encoding, bytes);
    if (held > 0) {
      this[kPending] = new FastBuffer(bytes.subarray(bytes.length - held));
      this[kMissing] = missing;
    }
    const end = bytes.length - held;
    return end > 0 ? prefix + binding.decode(bytes, encoding, 0, end) : prefix;
  }

  end(buf) {
    let text = buf === undefined ? '' : this.write(buf);
    const pending = this[kPending];
    if (pending !== null) {
      text += binding.decode(pending, this[kEncoding], 0, pending.length);
      this[kPending] = null;
      this[kMissing] = 0;
    }
    return text;
  }

  text(buf, offset) {
    this[kPending] = null;
    this[kMissing] = 0;
    return this.write(buf.subarray(offset));
  }

  get lastNeed() {
    return this[kMissing];
  }

  get lastTotal() {
    return this[kPending] === null ? 0 : this[kPending].length + this[kMissing];
  }
}

module.exports = { StringDecoder };
