// The body of a Request or Response: what a body init becomes (bytes, a Blob or a stream, and the Content-Type it
// implies), and the reading methods both classes share (text, json, arrayBuffer, bytes, blob, formData), as the
// Fetch standard's Body mixin defines them.

const { Blob, isBlob, bytesOf } = require('internal/blob');
const { isFormData, serializeFormData, parseMultipart, FormData } = require('internal/fetch/formdata');
const webstreams = require('internal/webstreams/readablestream');

const kState = Symbol('kFetchState');

let encoder;
const encode = (text) => (encoder ??= new globalThis.TextEncoder()).encode(text);

function isAsyncIterable(value) {
  return value !== null && typeof value === 'object' && typeof value[Symbol.asyncIterator] === 'function';
}

// A body: { source (Uint8Array | Blob | null for a stream), stream (a ReadableStream once someone needs one),
// length (bytes, or null when unknown), used (read without a stream) }.
function extractBody(object) {
  let source = null;
  let stream = null;
  let type = null;
  if (typeof object === 'string') {
    source = encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (object instanceof ArrayBuffer) {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
  } else if (isBlob(object)) {
    source = object;
    if (object.type) type = object.type;
  } else if (isFormData(object)) {
    const serialized = serializeFormData(object);
    source = serialized.blob;
    type = serialized.type;
  } else if (webstreams.isReadableStream(object)) {
    if (webstreams.isDisturbed(object) || webstreams.isLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = object;
  } else if (isAsyncIterable(object)) {
    stream = webstreams.ReadableStream.from(object);
  } else {
    source = encode(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  const length = source === null ? null : isBlob(source) ? source.size : source.byteLength;
  return { body: { source, stream, length, used: false }, type };
}

function bodyStream(body) {
  if (body.stream === null) {
    let created;
    if (isBlob(body.source)) {
      created = body.source.stream();
    } else {
      let bytes = body.source;
      created = webstreams.createReadableStream(() => {}, () => {
        const controller = webstreams.controllerOf(created);
        if (bytes !== null) {
          webstreams.controllerEnqueue(controller, bytes.slice());
          bytes = null;
        } else {
          webstreams.controllerClose(controller);
        }
        return Promise.resolve();
      }, () => Promise.resolve(), 0);
    }
    body.stream = created;
  }
  return body.stream;
}

function isUsed(body) {
  if (body === null) return false;
  return body.stream !== null ? webstreams.isDisturbed(body.stream) : body.used;
}

function isUnusable(body) {
  if (body === null) return false;
  return body.stream !== null ? webstreams.isDisturbed(body.stream) || webstreams.isLocked(body.stream) : body.used;
}

// Every byte of the body, as one Uint8Array.
function readAll(body) {
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (body.stream === null) {
    body.used = true;
    return Promise.resolve(isBlob(body.source) ? bytesOf(body.source) : body.source.slice());
  }
  const reader = webstreams.acquireDefaultReader(body.stream);
  const chunks = [];
  let total = 0;
  return new Promise((resolve, reject) => {
    const step = () => {
      webstreams.readableStreamDefaultReaderRead(reader, {
        chunk: (chunk) => {
          if (!(chunk instanceof Uint8Array)) {
            reject(new TypeError('Received non-Uint8Array chunk'));
            return;
          }
          chunks.push(chunk);
          total += chunk.byteLength;
          step();
        },
        close: () => {
          const bytes = new Uint8Array(total);
          let offset = 0;
          for (const chunk of chunks) {
            bytes.set(chunk, offset);
            offset += chunk.byteLength;
          }
          resolve(bytes);
        },
        error: reject,
      });
    };
    step();
  });
}

function mimeType(headers) {
  return headers.get('content-type') ?? '';
}

function consume(object, method, convert) {
  const state = object?.[kState];
  if (state === undefined) return Promise.reject(new TypeError('Illegal invocation'));
  if (isUnusable(state.body)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  return readAll(state.body).then((bytes) => convert(bytes, state, method));
}

const decodeText = (bytes) => new globalThis.TextDecoder().decode(bytes);

function toFormData(bytes, state, method) {
  const type = mimeType(state.headers);
  const essence = type.split(';')[0].trim().toLowerCase();
  if (essence === 'multipart/form-data') {
    const form = parseMultipart(bytes, type);
    if (form === null) throw new TypeError(`${method}.formData: Could not parse content as FormData.`);
    return form;
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const form = new FormData();
    for (const [name, value] of new URLSearchParams(decodeText(bytes))) form.append(name, value);
    return form;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

// Adds body, bodyUsed and the reading methods to Request or Response, in undici's property order: the class's own
// members named in `after` move to between bodyUsed and the reading methods.
function mixinBody(Class, name, after) {
  const methods = {
    get body() {
      const body = this[kState].body;
      return body === null ? null : bodyStream(body);
    },
    get bodyUsed() {
      return isUsed(this[kState].body);
    },
    blob() {
      return consume(this, name, (bytes, state) => new Blob([bytes], { type: mimeType(state.headers) }));
    },
    arrayBuffer() {
      return consume(this, name, (bytes) => bytes.buffer);
    },
    text() {
      return consume(this, name, decodeText);
    },
    json() {
      return consume(this, name, (bytes) => JSON.parse(decodeText(bytes)));
    },
    formData() {
      return consume(this, name, toFormData);
    },
    bytes() {
      return consume(this, name, (bytes) => bytes);
    },
  };
  const own = after.map((key) => [key, Object.getOwnPropertyDescriptor(Class.prototype, key)]);
  for (const [key] of own) delete Class.prototype[key];
  const define = (key, descriptor) => Object.defineProperty(Class.prototype, key, { ...descriptor, enumerable: true, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(methods);
  define('body', descriptors.body);
  define('bodyUsed', descriptors.bodyUsed);
  for (const [key, descriptor] of own) define(key, descriptor);
  for (const key of ['blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) define(key, descriptors[key]);
}

// A second body for clone(): a stream is teed (this side keeps one branch), bytes and blobs are shared.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { ...body };
  const [mine, theirs] = webstreams.readableStreamDefaultTee(body.stream);
  body.stream = mine;
  return { source: body.source, stream: theirs, length: body.length, used: false };
}

module.exports = { kState, extractBody, bodyStream, isUsed, isUnusable, readAll, mixinBody, cloneBody };
