// CompressionStream and DecompressionStream: TransformStreams over zlib's codecs, for 'gzip', 'deflate' (zlib
// format) and 'deflate-raw', as in Node 20.

const { kState, kInspect, setState, customInspect, defineInterface } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors');

const compressModes = { gzip: 3, deflate: 1, 'deflate-raw': 5 };
const decompressModes = { gzip: 4, deflate: 2, 'deflate-raw': 6 };

function codecTransform(modes, format) {
  if (typeof format !== 'string' || !Object.hasOwn(modes, format)) throw new ERR_INVALID_ARG_VALUE('format', format);
  require('zlib');
  const { Codec } = require('internal/zlib/shared');
  const codec = new Codec(modes[format], undefined);
  return new TransformStream({
    transform(chunk, controller) {
      let view = chunk;
      if (typeof chunk === 'string') view = Buffer.from(chunk);
      else if (chunk instanceof ArrayBuffer) view = new Uint8Array(chunk);
      else if (!ArrayBuffer.isView(chunk)) {
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      const output = codec.write(view);
      if (output.length > 0) controller.enqueue(new Uint8Array(output.buffer, output.byteOffset, output.length));
    },
    flush(controller) {
      const output = codec.finish();
      codec.close();
      if (output.length > 0) controller.enqueue(new Uint8Array(output.buffer, output.byteOffset, output.length));
    },
  });
}

function define(name, modes) {
  const Class = {
    [name]: class {
      constructor(format) {
        setState(this, { kind: name, transform: codecTransform(modes, format) });
      }

      get readable() {
        return this[kState].transform.readable;
      }

      get writable() {
        return this[kState].transform.writable;
      }

      [kInspect](depth, options, inspect) {
        return customInspect.call(this, depth, options, inspect, name, { readable: this.readable, writable: this.writable });
      }
    },
  }[name];
  defineInterface(Class, name, ['readable', 'writable']);
  return Class;
}

module.exports = {
  CompressionStream: define('CompressionStream', compressModes),
  DecompressionStream: define('DecompressionStream', decompressModes),
};
