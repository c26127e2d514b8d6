// How crypto's functions take bytes and give them back: strings are encoded with Buffer, views are passed to the
// C# binding as they are (it reads their bytes in place), results come back as ArrayBuffers and leave as Buffers
// or encoded strings.

const { Buffer } = require('buffer');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors');

const bufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// Node's crypto reads an unknown input encoding as UTF-8 rather than failing.
function inputEncoding(encoding) {
  return typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
}

// A string, ArrayBuffer or view as a view over its bytes; anything else is ERR_INVALID_ARG_TYPE naming `types`.
function toBytes(value, name, encoding = 'utf8', types = bufferTypes) {
  if (typeof value === 'string') return Buffer.from(value, inputEncoding(encoding));
  if (ArrayBuffer.isView(value)) return value;
  if (value instanceof ArrayBuffer && types.includes('ArrayBuffer')) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

// An ArrayBuffer from the binding as a Buffer, or as a string when a known encoding other than 'buffer' is asked for.
function fromBytes(arrayBuffer, encoding) {
  const buffer = Buffer.from(arrayBuffer);
  return typeof encoding === 'string' && encoding !== 'buffer' && Buffer.isEncoding(encoding) ? buffer.toString(encoding) : buffer;
}

module.exports = { bufferTypes, fromBytes, inputEncoding, toBytes };
