// ReadableStream, its default reader and controller, tee, async iteration and ReadableStream.from, as the WHATWG
// Streams standard defines them (and Node 20 implements them). A source of type 'bytes' gets a default controller:
// there is no BYOB reader (see docs/node-compat.md).

const { ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors');
const {
  kState, kInspect, setState, brandCheck, customInspect, createDeferred, markHandled, resolved, rejected, promiseCall,
  getMethod, extractHighWaterMark, extractSizeAlgorithm, resetQueue, enqueueValueWithSize, dequeueValue, queueLength,
  defineInterface,
} = require('internal/webstreams/util');

const kConstructing = Symbol('constructing');

const isReadableStream = (value) => value?.[kState]?.kind === 'ReadableStream';
const isDefaultReader = (value) => value?.[kState]?.kind === 'ReadableStreamDefaultReader';
const isDefaultController = (value) => value?.[kState]?.kind === 'ReadableStreamDefaultController';

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (source !== undefined && (source === null || typeof source !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    if (strategy !== undefined && (strategy === null || typeof strategy !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    initializeReadableStream(this);
    const type = source?.type;
    if (type !== undefined && `${type}` !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', type);
    const isBytes = type !== undefined;
    const size = isBytes ? () => 1 : extractSizeAlgorithm(strategy);
    if (isBytes && strategy?.size !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size, 'must be undefined for a byte stream');
    }
    const highWaterMark = extractHighWaterMark(strategy, isBytes ? 0 : 1);
    setUpControllerFromSource(this, source ?? {}, highWaterMark, size, isBytes);
  }

  get locked() {
    brandCheck(this, 'ReadableStream', isReadableStream);
    return isLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return rejected(new (require('internal/errors').ERR_INVALID_THIS)('ReadableStream'));
    if (isLocked(this)) return rejected(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    brandCheck(this, 'ReadableStream', isReadableStream);
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    throw new ERR_INVALID_STATE.TypeError('BYOB readers are not supported by Hatchery');
  }

  pipeThrough(transform, options = {}) {
    brandCheck(this, 'ReadableStream', isReadableStream);
    const readable = transform?.readable;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform?.writable;
    const { isWritableStream } = require('internal/webstreams/writablestream');
    if (!isWritableStream(writable)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (isLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable.locked) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    markHandled(readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      brandCheck(this, 'ReadableStream', isReadableStream);
      const { isWritableStream } = require('internal/webstreams/writablestream');
      if (!isWritableStream(destination)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (isLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (destination.locked) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return rejected(error);
    }
  }

  tee() {
    brandCheck(this, 'ReadableStream', isReadableStream);
    return readableStreamDefaultTee(this);
  }

  values(options = {}) {
    brandCheck(this, 'ReadableStream', isReadableStream);
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return createAsyncIterator(this, Boolean(options?.preventCancel));
  }

  [Symbol.asyncIterator](options = {}) {
    return this.values(options);
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    return customInspect.call(this, depth, options, inspect, 'ReadableStream', {
      locked: isLocked(this),
      state: state.state,
      supportsBYOB: false,
    });
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
}

defineInterface(ReadableStream, 'ReadableStream', ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});

function pipeOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const signal = options?.signal;
  if (signal !== undefined) require('internal/errors').validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: Boolean(options?.preventAbort),
    preventCancel: Boolean(options?.preventCancel),
    preventClose: Boolean(options?.preventClose),
    signal,
  };
}

function initializeReadableStream(stream) {
  setState(stream, {
    kind: 'ReadableStream',
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  });
}

// A stream made by the other streams and by fetch: algorithms rather than an underlying source object.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Reflect.construct(ReadableStreamDefaultController, [kConstructing]);
  setUpController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

const isLocked = (stream) => stream[kState].reader !== undefined;

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return resolved(undefined);
  if (state.state === 'errored') return rejected(state.storedError);
  readableStreamClose(stream);
  return controllerCancelSteps(state.controller, reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  const reader = state.reader;
  if (reader === undefined) return;
  const readerState = reader[kState];
  readerState.closed.resolve(undefined);
  const requests = readerState.readRequests;
  readerState.readRequests = [];
  for (const request of requests) request.close();
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  const reader = state.reader;
  if (reader === undefined) return;
  const readerState = reader[kState];
  readerState.closed.reject(error);
  markHandled(readerState.closed.promise);
  errorReadRequests(reader, error);
}

function errorReadRequests(reader, error) {
  const readerState = reader[kState];
  const requests = readerState.readRequests;
  readerState.readRequests = [];
  for (const request of requests) request.error(error);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function numReadRequests(stream) {
  const reader = stream[kState].reader;
  return reader === undefined ? 0 : reader[kState].readRequests.length;
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    setState(this, { kind: 'ReadableStreamDefaultReader', stream: undefined, readRequests: [], closed: undefined });
    if (isLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return rejected(new (require('internal/errors').ERR_INVALID_THIS)('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const deferred = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk: (value) => deferred.resolve({ value, done: false }),
      close: () => deferred.resolve({ value: undefined, done: true }),
      error: (error) => deferred.reject(error),
    });
    return deferred.promise;
  }

  releaseLock() {
    brandCheck(this, 'ReadableStreamDefaultReader', isDefaultReader);
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isDefaultReader(this)) return rejected(new (require('internal/errors').ERR_INVALID_THIS)('ReadableStreamDefaultReader'));
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isDefaultReader(this)) return rejected(new (require('internal/errors').ERR_INVALID_THIS)('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return rejected(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamCancel(this[kState].stream, reason);
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    return customInspect.call(this, depth, options, inspect, 'ReadableStreamDefaultReader', {
      stream: state.stream,
      readRequests: state.readRequests.length,
      close: state.closed.promise,
    });
  }
}

defineInterface(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', ['read', 'releaseLock', 'closed', 'cancel']);

function readerGenericInitialize(reader, stream) {
  const readerState = reader[kState];
  const streamState = stream[kState];
  readerState.stream = stream;
  streamState.reader = reader;
  readerState.closed = createDeferred();
  if (streamState.state === 'closed') {
    readerState.closed.resolve(undefined);
  } else if (streamState.state === 'errored') {
    readerState.closed.reject(streamState.storedError);
    markHandled(readerState.closed.promise);
  }
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') request.close();
  else if (state.state === 'errored') request.error(state.storedError);
  else controllerPullSteps(state.controller, request);
}

function readableStreamDefaultReaderRelease(reader) {
  const readerState = reader[kState];
  const stream = readerState.stream;
  const released = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    readerState.closed.reject(released);
  } else {
    readerState.closed = createDeferred();
    readerState.closed.reject(released);
  }
  markHandled(readerState.closed.promise);
  stream[kState].reader = undefined;
  readerState.stream = undefined;
  errorReadRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

class ReadableStreamDefaultController {
  constructor(token = undefined) {
    if (token !== kConstructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    brandCheck(this, 'ReadableStreamDefaultController', isDefaultController);
    return controllerGetDesiredSize(this);
  }

  // Present for a source of type 'bytes', which Hatchery serves with a default controller.
  get byobRequest() {
    brandCheck(this, 'ReadableStreamDefaultController', isDefaultController);
    return this[kState].isBytes ? null : undefined;
  }

  close() {
    brandCheck(this, 'ReadableStreamDefaultController', isDefaultController);
    if (!canCloseOrEnqueue(this)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    controllerClose(this);
  }

  enqueue(chunk = undefined) {
    brandCheck(this, 'ReadableStreamDefaultController', isDefaultController);
    if (!canCloseOrEnqueue(this)) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (this[kState].isBytes && !ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    controllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    brandCheck(this, 'ReadableStreamDefaultController', isDefaultController);
    controllerError(this, error);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'ReadableStreamDefaultController', {});
  }
}

defineInterface(ReadableStreamDefaultController, 'ReadableStreamDefaultController', ['desiredSize', 'close', 'enqueue', 'error']);

function setUpControllerFromSource(stream, source, highWaterMark, sizeAlgorithm, isBytes) {
  const controller = Reflect.construct(ReadableStreamDefaultController, [kConstructing]);
  const start = getMethod(source, 'start');
  const pull = getMethod(source, 'pull');
  const cancel = getMethod(source, 'cancel');
  setUpController(
    stream,
    controller,
    () => (start === undefined ? undefined : Reflect.apply(start, source, [controller])),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    highWaterMark,
    sizeAlgorithm,
    isBytes,
  );
}

function setUpController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm, isBytes = false) {
  const state = setState(controller, {
    kind: 'ReadableStreamDefaultController',
    stream,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    sizeAlgorithm,
    pullAlgorithm,
    cancelAlgorithm,
    isBytes,
  });
  resetQueue(state);
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  resolved(startResult).then(
    () => {
      state.started = true;
      callPullIfNeeded(controller);
    },
    (error) => controllerError(controller, error),
  );
}

function controllerCancelSteps(controller, reason) {
  const state = controller[kState];
  resetQueue(state);
  const result = state.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  return result;
}

function controllerPullSteps(controller, request) {
  const state = controller[kState];
  const stream = state.stream;
  if (queueLength(state) > 0) {
    const chunk = dequeueValue(state);
    if (state.closeRequested && queueLength(state) === 0) {
      clearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      callPullIfNeeded(controller);
    }
    request.chunk(chunk);
    return;
  }
  stream[kState].reader[kState].readRequests.push(request);
  callPullIfNeeded(controller);
}

function callPullIfNeeded(controller) {
  const state = controller[kState];
  if (!shouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(
    () => {
      state.pulling = false;
      if (state.pullAgain) {
        state.pullAgain = false;
        callPullIfNeeded(controller);
      }
    },
    (error) => controllerError(controller, error),
  );
}

function shouldCallPull(controller) {
  const state = controller[kState];
  if (!canCloseOrEnqueue(controller) || !state.started) return false;
  if (isLocked(state.stream) && numReadRequests(state.stream) > 0) return true;
  return controllerGetDesiredSize(controller) > 0;
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function controllerClose(controller) {
  if (!canCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (queueLength(state) === 0) {
    clearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function controllerEnqueue(controller, chunk) {
  if (!canCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
      enqueueValueWithSize(state, chunk, size);
    } catch (error) {
      controllerError(controller, error);
      throw error;
    }
  }
  callPullIfNeeded(controller);
}

function controllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  clearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function controllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function canCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function controllerHasBackpressure(controller) {
  return !shouldCallPull(controller);
}

function readableStreamDefaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolved(undefined);
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk: (chunk) => queueMicrotask(() => {
        readAgain = false;
        if (!canceled1) controllerEnqueue(branch1[kState].controller, chunk);
        if (!canceled2) controllerEnqueue(branch2[kState].controller, chunk);
        reading = false;
        if (readAgain) pullAlgorithm();
      }),
      close: () => {
        reading = false;
        if (!canceled1) controllerClose(branch1[kState].controller);
        if (!canceled2) controllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
    return resolved(undefined);
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(() => {}, pullAlgorithm, cancel1);
  branch2 = createReadableStream(() => {}, pullAlgorithm, cancel2);
  reader[kState].closed.promise.then(undefined, (error) => {
    controllerError(branch1[kState].controller, error);
    controllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// The pipe loop of ReadableStreamPipeTo: one read at a time, each written once the writer is ready; errors and
// closings on either side shut the pipe down as the standard orders it.
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const writable = require('internal/webstreams/writablestream');
  const reader = acquireDefaultReader(source);
  const writer = writable.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolved(undefined);
  const done = createDeferred();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) actions.push(() => (dest[kState].state === 'writable' ? writable.writableStreamAbort(dest, error) : resolved(undefined)));
      if (!preventCancel) actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : resolved(undefined)));
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return resolved(true);
    return writer[kState].ready.promise.then(() => new Promise((resolveStep, rejectStep) => {
      readableStreamDefaultReaderRead(reader, {
        chunk: (chunk) => {
          currentWrite = writable.writerWrite(writer, chunk).then(undefined, () => {});
          resolveStep(false);
        },
        close: () => resolveStep(true),
        error: rejectStep,
      });
    }));
  }

  function pipeLoop() {
    return new Promise((resolveLoop, rejectLoop) => {
      const next = (finished) => {
        if (finished) resolveLoop();
        else pipeStep().then(next, rejectLoop);
      };
      next(false);
    });
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return oldCurrentWrite.then(() => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function shouldWait() {
    return dest[kState].state === 'writable' && !writable.closeQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => action().then(() => finalize(originalIsError, originalError), (error) => finalize(true, error));
    if (shouldWait()) waitForWritesToFinish().then(doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (shouldWait()) waitForWritesToFinish().then(() => finalize(isError, error));
    else finalize(isError, error);
  }

  function finalize(isError, error) {
    writable.writerRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve(undefined);
  }

  // Source errored: abort the destination (or just stop).
  const onSourceErrored = (error) => {
    if (!preventAbort) shutdownWithAnAction(() => writable.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  };
  // Destination errored: cancel the source (or just stop).
  const onDestErrored = (error) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  // Source closed: close the destination once the writes are done (or just stop).
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAnAction(() => writable.writerCloseWithErrorPropagation(writer));
    else shutdown();
  };

  if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
  else reader[kState].closed.promise.then(undefined, onSourceErrored);
  if (dest[kState].state === 'errored') onDestErrored(dest[kState].storedError);
  else writer[kState].closed.promise.then(undefined, onDestErrored);
  if (source[kState].state === 'closed') onSourceClosed();
  else reader[kState].closed.promise.then(onSourceClosed, () => {});
  if (writable.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = new ERR_INVALID_STATE.TypeError('the destination writable stream closed before all the data could be piped to it');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  markHandled(pipeLoop());
  return done.promise;
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf({
  next() {
    const state = this[kState];
    const nextSteps = () => {
      if (state.finished) return resolved({ value: undefined, done: true });
      const reader = state.reader;
      if (reader[kState].stream === undefined) {
        return rejected(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
      }
      const deferred = createDeferred();
      readableStreamDefaultReaderRead(reader, {
        chunk: (value) => {
          state.ongoing = undefined;
          deferred.resolve({ value, done: false });
        },
        close: () => {
          state.ongoing = undefined;
          state.finished = true;
          readableStreamDefaultReaderRelease(reader);
          deferred.resolve({ value: undefined, done: true });
        },
        error: (error) => {
          state.ongoing = undefined;
          state.finished = true;
          readableStreamDefaultReaderRelease(reader);
          deferred.reject(error);
        },
      });
      return deferred.promise;
    };
    state.ongoing = state.ongoing ? state.ongoing.then(nextSteps, nextSteps) : nextSteps();
    return state.ongoing;
  },

  return(value = undefined) {
    const state = this[kState];
    const returnSteps = () => {
      if (state.finished) return resolved({ value, done: true });
      state.finished = true;
      const reader = state.reader;
      if (reader[kState].stream === undefined) {
        return rejected(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
      }
      if (!state.preventCancel) {
        const result = readableStreamCancel(reader[kState].stream, value);
        readableStreamDefaultReaderRelease(reader);
        return result.then(() => ({ value, done: true }));
      }
      readableStreamDefaultReaderRelease(reader);
      return resolved({ value, done: true });
    };
    state.ongoing = state.ongoing ? state.ongoing.then(returnSteps, returnSteps) : returnSteps();
    return state.ongoing;
  },

  [Symbol.toStringTag]: 'AsyncIterator',
}, AsyncIteratorPrototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireDefaultReader(stream);
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  setState(iterator, { reader, preventCancel, finished: false, ongoing: undefined });
  return iterator;
}

function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  const asyncMethod = iterable?.[Symbol.asyncIterator];
  if (asyncMethod !== undefined && asyncMethod !== null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    iterator = Reflect.apply(asyncMethod, iterable, []);
  } else {
    const syncMethod = iterable?.[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    const syncIterator = Reflect.apply(syncMethod, iterable, []);
    iterator = {
      next: () => {
        const result = syncIterator.next();
        return resolved(result.value).then((value) => ({ value, done: Boolean(result.done) }));
      },
      return: (reason) => (typeof syncIterator.return === 'function'
        ? resolved(syncIterator.return(reason)) : resolved({ value: reason, done: true })),
    };
  }
  if (iterator === null || typeof iterator !== 'object') throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  nextMethod = iterator.next;
  let stream;
  const pull = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (error) {
      return rejected(error);
    }
    return resolved(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (result.done) controllerClose(stream[kState].controller);
      else controllerEnqueue(stream[kState].controller, result.value);
    });
  };
  const cancel = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
      if (returnMethod === undefined || returnMethod === null) return resolved(undefined);
      return resolved(Reflect.apply(returnMethod, iterator, [reason])).then((result) => {
        if (result === null || typeof result !== 'object') {
          throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
        }
      });
    } catch (error) {
      return rejected(error);
    }
  };
  stream = createReadableStream(() => {}, pull, cancel, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  isReadableStream,
  isLocked,
  isDisturbed: (stream) => stream[kState].disturbed,
  streamState: (stream) => stream[kState].state,
  createReadableStream,
  readableStreamCancel,
  acquireDefaultReader,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  controllerOf: (stream) => stream[kState].controller,
  controllerEnqueue,
  controllerClose,
  controllerError,
  controllerGetDesiredSize,
  controllerHasBackpressure,
  canCloseOrEnqueue,
  readableStreamDefaultTee,
};
