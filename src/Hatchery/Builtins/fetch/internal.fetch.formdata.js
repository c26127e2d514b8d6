// FormData, as the XMLHttpRequest standard and undici define it, and its multipart/form-data encoding and parsing.

const { ERR_INVALID_THIS } = require('internal/errors');
const { Blob, File, isBlob, bytesOf } = require('internal/blob');
const { argumentsRequired } = require('internal/fetch/headers');

const kEntries = Symbol('kEntries');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const isFormData = (value) => value !== null && typeof value === 'object' && kEntries in value;

function makeEntry(method, args) {
  const [name, value, filename] = args;
  if (args.length < 2) throw new TypeError(argumentsRequired(`FormData.${method}`, 2, args.length));
  if (args.length > 2 && !isBlob(value)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  if (!isBlob(value)) return { name: `${name}`, value: `${value}` };
  let file = value;
  if (!(value instanceof File) || filename !== undefined) {
    file = new File([value], filename !== undefined ? `${filename}` : value instanceof File ? value.name : 'blob', {
      type: value.type,
      lastModified: value instanceof File ? value.lastModified : undefined,
    });
  }
  return { name: `${name}`, value: file };
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    Object.defineProperty(this, kEntries, { value: [] });
  }

  append(...args) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    this[kEntries].push(makeEntry('append', args));
  }

  delete(name) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('FormData.delete', 1, 0));
    name = `${name}`;
    const entries = this[kEntries];
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].name === name) entries.splice(i, 1);
  }

  get(name) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('FormData.get', 1, 0));
    name = `${name}`;
    return this[kEntries].find((entry) => entry.name === name)?.value ?? null;
  }

  getAll(name) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('FormData.getAll', 1, 0));
    name = `${name}`;
    return this[kEntries].filter((entry) => entry.name === name).map((entry) => entry.value);
  }

  has(name) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('FormData.has', 1, 0));
    name = `${name}`;
    return this[kEntries].some((entry) => entry.name === name);
  }

  set(...args) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    const entry = makeEntry('set', args);
    const entries = this[kEntries];
    const first = entries.findIndex((e) => e.name === entry.name);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    entries[first] = entry;
    for (let i = entries.length - 1; i > first; i--) if (entries[i].name === entry.name) entries.splice(i, 1);
  }

  *keys() {
    for (const [name] of this.entries()) yield name;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  *entries() {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    for (let i = 0; i < this[kEntries].length; i++) yield [this[kEntries][i].name, this[kEntries][i].value];
  }

  forEach(callback, thisArg = undefined) {
    if (!isFormData(this)) throw new ERR_INVALID_THIS('FormData');
    if (typeof callback !== 'function') throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    for (const [name, value] of this) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  [kInspect](depth, options, inspect) {
    const shown = {};
    for (const { name, value } of this[kEntries]) {
      if (!(name in shown)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    return `FormData ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperties(FormData.prototype, {
  [Symbol.toStringTag]: { value: 'FormData', configurable: true },
  [Symbol.iterator]: { value: FormData.prototype.entries, writable: true, configurable: true },
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(FormData.prototype, name, { enumerable: true });
}

let encoder;
const encode = (text) => (encoder ??= new globalThis.TextEncoder()).encode(text);
const escapeName = (text) => text.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLines = (text) => text.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');

// The multipart/form-data body of form: its parts (bytes and blobs, so file contents are not copied twice), and the
// Content-Type that names its boundary.
function serializeFormData(form) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const { name, value } of form[kEntries]) {
    if (typeof value === 'string') {
      parts.push(encode(`${prefix}; name="${escapeName(normalizeLines(name))}"\r\n\r\n${normalizeLines(value)}\r\n`));
    } else {
      parts.push(encode(`${prefix}; name="${escapeName(normalizeLines(name))}"; filename="${escapeName(value.name)}"\r\n`
        + `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(value, encode('\r\n'));
    }
  }
  parts.push(encode(`--${boundary}--\r\n`));
  return { blob: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function indexOf(bytes, pattern, from) {
  outer: for (let i = from; i <= bytes.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

function parameter(header, name) {
  const match = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header) ?? new RegExp(`;\\s*${name}=([^;\\s]+)`, 'i').exec(header);
  return match ? match[1] : undefined;
}

// Parses a multipart/form-data body; null when it is not well formed.
function parseMultipart(bytes, contentType) {
  const boundary = parameter(contentType, 'boundary');
  if (boundary === undefined) return null;
  const decoder = new globalThis.TextDecoder();
  const delimiter = encode(`--${boundary}`);
  const form = new FormData();
  let position = indexOf(bytes, delimiter, 0);
  if (position !== 0) return null;
  for (;;) {
    position += delimiter.length;
    if (bytes[position] === 0x2d && bytes[position + 1] === 0x2d) return form;
    if (bytes[position] !== 0x0d || bytes[position + 1] !== 0x0a) return null;
    position += 2;
    const headersEnd = indexOf(bytes, encode('\r\n\r\n'), position);
    if (headersEnd < 0) return null;
    const headerText = decoder.decode(bytes.subarray(position, headersEnd));
    const next = indexOf(bytes, encode(`\r\n--${boundary}`), headersEnd + 4);
    if (next < 0) return null;
    const content = bytes.subarray(headersEnd + 4, next);
    let disposition;
    let type = '';
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      const field = line.slice(0, colon).trim().toLowerCase();
      const fieldValue = line.slice(colon + 1).trim();
      if (field === 'content-disposition') disposition = fieldValue;
      else if (field === 'content-type') type = fieldValue;
    }
    if (disposition === undefined) return null;
    const name = parameter(disposition, 'name');
    if (name === undefined) return null;
    const filename = parameter(disposition, 'filename');
    if (filename !== undefined) form.append(name, new File([content.slice()], filename, { type }));
    else form.append(name, decoder.decode(content));
    position = next + 2;
  }
}

module.exports = { FormData, isFormData, serializeFormData, parseMultipart, bytesOf };
