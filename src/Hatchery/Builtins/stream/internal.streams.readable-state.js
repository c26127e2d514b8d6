// The readable* getters of Readable.prototype, Readable.from and the other statics.

module.exports = function install(Readable) {
  const get = (name, getter, setter) => Object.defineProperty(Readable.prototype, name, { get: getter, set: setter, enumerable: false, configurable: true });
  get('readable', function readable() {
    const r = this._readableState;
    return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
  }, function setReadable(value) {
    if (this._readableState) this._readableState.readable = !!value;
  });
  get('readableDidRead', function readableDidRead() { return this._readableState.dataEmitted; });
  get('readableAborted', function readableAborted() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  });
  get('readableHighWaterMark', function readableHighWaterMark() { return this._readableState.highWaterMark; });
  get('readableBuffer', function readableBuffer() { return this._readableState && this._readableState.buffer; });
  get('readableFlowing', function readableFlowing() { return this._readableState.flowing; }, function setFlowing(state) {
    if (this._readableState) this._readableState.flowing = state;
  });
  get('readableLength', function readableLength() { return this._readableState.length; });
  get('readableObjectMode', function readableObjectMode() { return this._readableState ? this._readableState.objectMode : false; });
  get('readableEncoding', function readableEncoding() { return this._readableState ? this._readableState.encoding : null; });
  get('errored', function errored() { return this._readableState ? this._readableState.errored : null; });
  get('closed', function closed() { return this._readableState ? this._readableState.closed : false; });
  get('destroyed', function destroyed() { return this._readableState ? this._readableState.destroyed : false; }, function setDestroyed(value) {
    if (this._readableState) this._readableState.destroyed = value;
  });
  get('readableEnded', function readableEnded() { return this._readableState ? this._readableState.endEmitted : false; });

  Readable.from = function from(iterable, opts) {
    return require('internal/streams/from')(Readable, iterable, opts);
  };

  const utils = require('internal/streams/utils');
  Readable.isDisturbed = utils.isDisturbed;
  Readable.isErrored = utils.isErrored;
  Readable.isReadable = utils.isReadable;
};
