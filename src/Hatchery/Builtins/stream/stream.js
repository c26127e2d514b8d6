// Node's stream module: Stream (the legacy base) with Readable, Writable, Duplex, Transform, PassThrough,
// pipeline, finished and addAbortSignal as its properties, written for Hatchery.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const destroyImpl = require('internal/streams/destroy');
const utils = require('internal/streams/utils');
const { Buffer } = require('buffer');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return (promises ??= require('stream/promises'));
  },
});

Object.defineProperty(pipeline, require('util').promisify.custom, {
  enumerable: true,
  get() {
    return require('stream/promises').pipeline;
  },
});
Object.defineProperty(eos, require('util').promisify.custom, {
  enumerable: true,
  get() {
    return require('stream/promises').finished;
  },
});

Stream.Stream = Stream;
Stream._isArrayBufferView = (value) => ArrayBuffer.isView(value);
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
