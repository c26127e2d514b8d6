// Blob and File (buffer.Blob, buffer.File and the globals), as the File API standard and Node 20 define them. A blob
// keeps its parts as copied byte arrays, so slicing shares them and stream() yields one chunk per part, as Node's does.

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS } = require('internal/errors');

const kParts = Symbol('kParts');
const kSize = Symbol('kSize');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let encoder;
const encode = (text) => (encoder ??= new globalThis.TextEncoder()).encode(text);

const isBlob = (value) => value !== null && typeof value === 'object' && kParts in value;

function hidden(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true });
}

function toParts(sources, endings) {
  const parts = [];
  for (const source of sources) {
    if (isBlob(source)) {
      parts.push(...source[kParts]);
    } else if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && source instanceof SharedArrayBuffer)) {
      parts.push(new Uint8Array(source.slice(0)));
    } else if (ArrayBuffer.isView(source)) {
      parts.push(new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength)));
    } else {
      let text = `${source}`;
      if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
      parts.push(encode(text));
    }
  }
  return parts.filter((part) => part.byteLength > 0);
}

function normalizeType(type) {
  const text = `${type}`;
  return /[^\u0020-\u007e]/.test(text) ? '' : text.toLowerCase();
}

function initializeBlob(blob, parts, type) {
  hidden(blob, kParts, parts);
  hidden(blob, kSize, parts.reduce((total, part) => total + part.byteLength, 0));
  hidden(blob, kType, type);
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const endings = `${options?.endings ?? 'transparent'}`;
    if (endings !== 'transparent' && endings !== 'native') throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    initializeBlob(this, toParts(Array.from(sources), endings), options?.type === undefined ? '' : normalizeType(options.type));
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kSize];
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kSize];
    const clamp = (value) => {
      const n = Math.trunc(Number(value)) || 0;
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start);
    const to = clamp(end);
    const parts = [];
    let offset = 0;
    for (const part of this[kParts]) {
      const partStart = offset;
      offset += part.byteLength;
      if (offset <= from || partStart >= to) continue;
      parts.push(part.subarray(Math.max(from - partStart, 0), Math.min(to - partStart, part.byteLength)));
    }
    const blob = Object.create(Blob.prototype);
    initializeBlob(blob, parts, normalizeType(contentType));
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(bytesOf(this).buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(new globalThis.TextDecoder().decode(bytesOf(this)));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const parts = this[kParts].slice();
    const { createReadableStream, controllerOf, controllerEnqueue, controllerClose } = require('internal/webstreams/readablestream');
    let stream;
    const pull = () => {
      const controller = controllerOf(stream);
      if (parts.length === 0) controllerClose(controller);
      else controllerEnqueue(controller, parts.shift().slice());
      return Promise.resolve();
    };
    stream = createReadableStream(() => {}, pull, () => Promise.resolve(), 0);
    return stream;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function bytesOf(blob) {
  const bytes = new Uint8Array(blob[kSize]);
  let offset = 0;
  for (const part of blob[kParts]) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

Object.defineProperties(Blob.prototype, {
  [Symbol.toStringTag]: { value: 'Blob', configurable: true },
  type: { enumerable: true },
  size: { enumerable: true },
  slice: { enumerable: true },
  arrayBuffer: { enumerable: true },
  text: { enumerable: true },
  stream: { enumerable: true },
});

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    hidden(this, kName, `${fileName}`);
    const lastModified = options?.lastModified;
    hidden(this, kLastModified, lastModified === undefined ? Date.now() : Number(lastModified) || 0);
  }

  get name() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperties(File.prototype, {
  [Symbol.toStringTag]: { value: 'File', configurable: true },
  name: { enumerable: true },
  lastModified: { enumerable: true },
});

module.exports = { Blob, File, isBlob, bytesOf };
