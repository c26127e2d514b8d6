// The WHATWG TextDecoder global: UTF-8, UTF-16LE and latin1 (windows-1252 labels, decoded as ISO-8859-1 like
// Node 20). The decoding itself runs in C#; this file keeps the streaming state. TextEncoder is TextEncoderClass.cs.

const { FastBuffer, lazyErrors, UTF8, LATIN1 } = require('internal/buffer_core');
const { Buffer } = require('buffer');

const UTF16 = 2;
const labels = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) labels.set(label, 'utf-8');
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) labels.set(label, 'utf-16le');
for (const label of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(label, 'windows-1252');
}
const encodingIds = { 'utf-8': UTF8, 'utf-16le': UTF16, 'windows-1252': LATIN1 };

const kState = Symbol('state');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Node throws this and the "list" error below from C++: plain errors that carry a code.
function invalidData(encoding) {
  return lazyErrors().bindingError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    `The encoded data was not valid for encoding ${encoding}`);
}

/** The bytes of any BufferSource as a Uint8Array over the same memory. */
function bytesOf(input) {
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new FastBuffer(input);
  }
  if (ArrayBuffer.isView(input)) return new FastBuffer(input.buffer, input.byteOffset, input.byteLength);
  // Node's message here names "list" and omits what it received.
  throw lazyErrors().bindingError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    // The label's string, not the value, goes into the message (util.format would inspect an object).
    encoding = `${encoding}`;
    // Node's validateObject with arrays, functions and null allowed, before the label is looked up.
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    const name = labels.get(encoding.trim().toLowerCase());
    if (name === undefined) throw new (lazyErrors().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    const settings = options === null ? {} : options;
    this[kState] = {
      name, id: encodingIds[name], fatal: Boolean(settings.fatal), ignoreBOM: Boolean(settings.ignoreBOM),
      pending: null, bomSeen: false,
    };
  }

  get encoding() {
    return this[kState].name;
  }

  get fatal() {
    return this[kState].fatal;
  }

  get ignoreBOM() {
    return this[kState].ignoreBOM;
  }

  // Node 20 prints the public fields with default options, under the constructor's name.
  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this)?.constructor ?? TextDecoder;
    const shown = Object.create({ constructor });
    shown.encoding = this.encoding;
    shown.fatal = this.fatal;
    shown.ignoreBOM = this.ignoreBOM;
    return `${constructor.name} ${inspect(shown)}`;
  }

  decode(input = new Uint8Array(0), options = {}) {
    const state = this[kState];
    const stream = Boolean(options && options.stream);
    let bytes = bytesOf(input);
    if (state.pending !== null) {
      bytes = Buffer.concat([state.pending, bytes]);
      state.pending = null;
    }
    let text;
    if (state.id === LATIN1) {
      text = binding.decode(bytes, LATIN1, 0, bytes.length);
    } else {
      const complete = state.id === UTF8 ? completeUtf8(bytes, stream) : completeUtf16(bytes);
      if (complete < bytes.length) {
        if (stream) state.pending = new FastBuffer(bytes.subarray(complete));
        else if (state.fatal) throw invalidData(state.name);
      }
      text = decodeComplete(state, bytes, complete);
      // An unfinished UTF-16 unit or surrogate pair at the very end is one replacement character.
      if (!stream && complete < bytes.length) text += state.id === UTF8 ? binding.decode(bytes, UTF8, complete, bytes.length) : '\ufffd';
    }
    if (!state.bomSeen && text.length > 0) {
      state.bomSeen = true;
      if (!state.ignoreBOM && text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
    }
    if (!stream) {
      state.pending = null;
      state.bomSeen = false;
    }
    return text;
  }
}

function completeUtf8(bytes, stream) {
  return stream ? binding.utf8CompleteLength(bytes, 0, bytes.length) : bytes.length;
}

function completeUtf16(bytes) {
  let end = bytes.length & ~1;
  // A high surrogate waits for the unit after it.
  if (end >= 2 && (bytes[end - 1] & 0xFC) === 0xD8) end -= 2;
  return end;
}

function decodeComplete(state, bytes, end) {
  if (end === 0) return '';
  const text = state.id === UTF8
    ? (state.fatal ? binding.decodeUtf8Strict(bytes, 0, end) : binding.decode(bytes, UTF8, 0, end))
    : binding.decodeUtf16WellFormed(bytes, 0, end, state.fatal);
  if (text === null) throw invalidData(state.name);
  return text;
}

Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextDecoder };
