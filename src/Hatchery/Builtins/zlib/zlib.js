// Node's zlib over System.IO.Compression (the C# binding): the buffer forms (Sync and callback), the Transform
// streams and the constants. Option checks and messages follow Node 20's lib/zlib.js.

const { Buffer, kMaxLength } = require('buffer');
const { Transform } = require('stream');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, validateFunction } = require('internal/errors');
const shared = require('internal/zlib/shared');

const constants = (Object.assign(Object.create(null), {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
}));

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

// A number option: its default when undefined or NaN, else a finite number within [min, max].
function checkRange(value, name, min, max, defaultValue) {
  if (value === undefined || Number.isNaN(value)) return defaultValue;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isFinite(value)) throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} and <= ${max}`, value);
  return value;
}

// The binding's settings for `mode` from Node's options (checked as Node checks them).
function settings(mode, options, stream) {
  if (options != null && typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const opts = options ?? {};
  const brotli = mode >= constants.BROTLI_DECODE;
  checkRange(opts.chunkSize, 'options.chunkSize', constants.Z_MIN_CHUNK, Infinity, constants.Z_DEFAULT_CHUNK);
  const maxOutputLength = checkRange(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  let level = -1;
  let strategy = 0;
  let quality = constants.BROTLI_DEFAULT_QUALITY;
  let window = constants.BROTLI_DEFAULT_WINDOW;
  if (!brotli) {
    checkRange(opts.windowBits, 'options.windowBits', mode === constants.GUNZIP || mode === constants.UNZIP || mode === constants.INFLATE ? 0 : 8, 15, 15);
    level = checkRange(opts.level, 'options.level', -1, 9, -1);
    checkRange(opts.memLevel, 'options.memLevel', 1, 9, 8);
    strategy = checkRange(opts.strategy, 'options.strategy', 0, 4, 0);
  } else if (opts.params !== undefined) {
    if (opts.params === null || typeof opts.params !== 'object') throw new ERR_INVALID_ARG_TYPE('options.params', 'Object', opts.params);
    const q = opts.params[constants.BROTLI_PARAM_QUALITY];
    if (q !== undefined) quality = checkRange(q, 'options.params[BROTLI_PARAM_QUALITY]', 0, 11, quality);
    const w = opts.params[constants.BROTLI_PARAM_LGWIN];
    if (w !== undefined) window = checkRange(w, 'options.params[BROTLI_PARAM_LGWIN]', 10, 24, window);
  }
  const finishFlush = checkRange(opts.finishFlush, 'options.finishFlush', 0, brotli ? 3 : 5, brotli ? 2 : 4);
  return {
    partial: finishFlush !== (brotli ? constants.BROTLI_OPERATION_FINISH : constants.Z_FINISH),
    mode, level: Math.trunc(level), strategy: Math.trunc(strategy), quality: Math.trunc(quality), window: Math.trunc(window),
    // A stream's output leaves chunk by chunk; only the runtime's memory limit bounds it.
    maxOutputLength: stream ? Number.MAX_SAFE_INTEGER : maxOutputLength,
  };
}

function toView(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function syncForm(mode) {
  return function zlibBufferSync(buffer, options = undefined) {
    const view = toView(buffer);
    return Buffer.from(binding.processSync(settings(mode, options, false), view));
  };
}

function callbackForm(mode) {
  return function zlibBuffer(buffer, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    const view = toView(buffer);
    binding.processJob(settings(mode, options, false), view, (error, result) => {
      if (error) callback(error);
      else callback(null, Buffer.from(result));
    });
  };
}

// One codec the script drives chunk by chunk: the streams here and CompressionStream/DecompressionStream.
class Codec {
  #handle;

  constructor(mode, options) {
    this.#handle = binding.open(settings(mode, options, true));
  }

  write(view) {
    return Buffer.from(binding.write(this.#handle, view));
  }

  flush() {
    return Buffer.from(binding.flush(this.#handle));
  }

  finish() {
    return Buffer.from(binding.finish(this.#handle));
  }

  close() {
    if (this.#handle === null) return;
    binding.close(this.#handle);
    this.#handle = null;
  }
}
shared.Codec = Codec;
shared.constants = constants;

const kFlush = Symbol('kFlush');
const kCodec = Symbol('kCodec');

class ZlibBase extends Transform {
  constructor(mode, options) {
    super({ ...options, autoDestroy: true });
    this[kCodec] = new Codec(mode, options);
    this.bytesWritten = 0;
    this._maxOutputLength = checkRange(options?.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    this[kFlush] = Buffer.alloc(0);
  }

  _transform(chunk, encoding, callback) {
    let output;
    try {
      if (chunk === this[kFlush]) {
        output = this[kCodec].flush();
      } else {
        this.bytesWritten += chunk.length;
        output = this[kCodec].write(chunk);
      }
    } catch (error) {
      callback(error);
      return;
    }
    if (output.length > 0) this.push(output);
    callback();
  }

  _flush(callback) {
    let output;
    try {
      output = this[kCodec].finish();
    } catch (error) {
      callback(error);
      return;
    }
    if (output.length > 0) this.push(output);
    callback();
  }

  _destroy(error, callback) {
    this[kCodec].close();
    callback(error);
  }

  flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) callback = kind;
    if (this.writableFinished || this.writableEnded) {
      if (callback) process.nextTick(callback);
      return;
    }
    // A marker chunk, so the flush comes after what was written before it.
    this.write(this[kFlush], callback);
  }

  close(callback) {
    if (callback) this.once('close', callback);
    this.destroy();
  }

  params(level, strategy, callback) {
    // .NET cannot change a running compressor's level; the new level would apply only to later data anyway.
    if (typeof callback === 'function') process.nextTick(callback);
  }

  reset() {}
}

const exports_ = { constants, codes };
const kinds = [
  ['Deflate', 'deflate', constants.DEFLATE],
  ['Inflate', 'inflate', constants.INFLATE],
  ['Gzip', 'gzip', constants.GZIP],
  ['Gunzip', 'gunzip', constants.GUNZIP],
  ['DeflateRaw', 'deflateRaw', constants.DEFLATERAW],
  ['InflateRaw', 'inflateRaw', constants.INFLATERAW],
  ['Unzip', 'unzip', constants.UNZIP],
  ['BrotliCompress', 'brotliCompress', constants.BROTLI_ENCODE],
  ['BrotliDecompress', 'brotliDecompress', constants.BROTLI_DECODE],
];
for (const [className, name, mode] of kinds) {
  const Class = {
    [className]: class extends ZlibBase {
      constructor(options) {
        super(mode, options);
      }
    },
  }[className];
  // Node's classes may be called without new.
  const Factory = new Proxy(Class, { apply: (target, thisArg, args) => new target(...args) });
  exports_[className] = Factory;
  exports_[name] = callbackForm(mode);
  exports_[`${name}Sync`] = syncForm(mode);
  exports_[`create${className}`] = (options) => new Class(options);
}
Object.defineProperty(exports_, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
// Node's top-level aliases: the zlib constants (not Brotli's), read-only and not enumerable.
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI_')) continue;
  Object.defineProperty(exports_, name, { value: constants[name], enumerable: false, writable: false });
}

module.exports = exports_;
