// How a Writable finishes: _final, 'prefinish', 'finish' and auto-destroy; and the writable* getters.

const { ERR_MULTIPLE_CALLBACK } = require('internal/errors');
const destroyImpl = require('internal/streams/destroy');

module.exports = function install(Writable, { kOnFinished, errorBuffer }) {
  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
      state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
  }

  function callFinal(stream, state) {
    let called = false;
    function onFinish(err) {
      if (called) {
        destroyImpl.errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      state.pendingcb--;
      if (err) {
        const onfinishCallbacks = state[kOnFinished].splice(0);
        for (const callback of onfinishCallbacks) callback(err);
        destroyImpl.errorOrDestroy(stream, err, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        process.nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinish);
    } catch (err) {
      onFinish(err);
    }
    state.sync = false;
  }

  function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
      if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        callFinal(stream, state);
      } else {
        state.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }

  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          process.nextTick((s, st) => {
            if (needFinish(st)) finish(s, st);
            else st.pendingcb--;
          }, stream, state);
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    const onfinishCallbacks = state[kOnFinished].splice(0);
    for (const callback of onfinishCallbacks) callback(null);
    stream.emit('finish');
    if (state.autoDestroy) {
      const rState = stream._readableState;
      if (!rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) stream.destroy();
    }
  }

  const get = (name, getter, setter) => Object.defineProperty(Writable.prototype, name, { get: getter, set: setter, enumerable: false, configurable: true });
  get('closed', function closed() { return this._writableState ? this._writableState.closed : false; });
  get('destroyed', function destroyed() { return this._writableState ? this._writableState.destroyed : false; }, function setDestroyed(value) {
    if (this._writableState) this._writableState.destroyed = value;
  });
  get('writable', function writable() {
    const w = this._writableState;
    return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
  }, function setWritable(value) {
    if (this._writableState) this._writableState.writable = !!value;
  });
  get('writableFinished', function writableFinished() { return this._writableState ? this._writableState.finished : false; });
  get('writableObjectMode', function writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; });
  get('writableBuffer', function writableBuffer() { return this._writableState && this._writableState.getBuffer(); });
  get('writableEnded', function writableEnded() { return this._writableState ? this._writableState.ending : false; });
  get('writableNeedDrain', function writableNeedDrain() {
    const w = this._writableState;
    return w ? !w.destroyed && !w.ending && w.needDrain : false;
  });
  get('writableHighWaterMark', function writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; });
  get('writableCorked', function writableCorked() { return this._writableState ? this._writableState.corked : 0; });
  get('writableLength', function writableLength() { return this._writableState && this._writableState.length; });
  get('errored', function errored() { return this._writableState ? this._writableState.errored : null; });
  get('writableAborted', function writableAborted() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  });

  Writable.prototype.destroy = function destroy(err, cb) {
    const state = this._writableState;
    // Buffered writes fail now unless a write is in flight (its callback fails them).
    if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
      process.nextTick(errorBuffer, state);
    }
    destroyImpl.destroy.call(this, err, cb);
    return this;
  };
  Writable.prototype._undestroy = destroyImpl.undestroy;
  Writable.prototype._destroy = function _destroy(err, cb) {
    cb(err);
  };
  Writable.prototype[require('events').captureRejectionSymbol] = function onRejection(err) {
    this.destroy(err);
  };
  return { finishMaybe };
};
