// WritableStream, its default writer and controller, as the WHATWG Streams standard defines them.

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = require('internal/errors');
const {
  kState, kInspect, setState, brandCheck, customInspect, createDeferred, markHandled, resolved, rejected, promiseCall,
  getMethod, extractHighWaterMark, extractSizeAlgorithm, resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue,
  queueLength, defineInterface,
} = require('internal/webstreams/util');

const kConstructing = Symbol('constructing');
const kCloseSentinel = Symbol('close');

const isWritableStream = (value) => value?.[kState]?.kind === 'WritableStream';
const isWriter = (value) => value?.[kState]?.kind === 'WritableStreamDefaultWriter';
const isController = (value) => value?.[kState]?.kind === 'WritableStreamDefaultController';

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    if (sink !== undefined && (sink === null || typeof sink !== 'object')) throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (strategy !== undefined && (strategy === null || typeof strategy !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    if (sink?.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpControllerFromSink(this, sink ?? {}, highWaterMark, size);
  }

  get locked() {
    brandCheck(this, 'WritableStream', isWritableStream);
    return isLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return rejected(new ERR_INVALID_THIS('WritableStream'));
    if (isLocked(this)) return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return rejected(new ERR_INVALID_THIS('WritableStream'));
    if (isLocked(this)) return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return rejected(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    brandCheck(this, 'WritableStream', isWritableStream);
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'WritableStream', {
      locked: isLocked(this),
      state: this[kState].state,
    });
  }
}

defineInterface(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);

function initializeWritableStream(stream) {
  setState(stream, {
    kind: 'WritableStream',
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  });
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  const controller = Reflect.construct(WritableStreamDefaultController, [kConstructing]);
  setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

const isLocked = (stream) => stream[kState].writer !== undefined;

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return resolved(undefined);
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return resolved(undefined);
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = state.state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = createDeferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = createDeferred();
  state.closeRequest = promise;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') writer[kState].ready.resolve(undefined);
  enqueueValueWithSize(state.controller[kState], kCloseSentinel, 0);
  advanceQueueIfNeeded(state.controller);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writerEnsureReadyPromiseRejected(state.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && state.controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  resetQueue(state.controller[kState]);
  const storedError = state.storedError;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  if (state.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = state.pendingAbortRequest;
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controllerState = state.controller[kState];
  const result = controllerState.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(state.controller);
  result.then(
    () => {
      abortRequest.promise.resolve(undefined);
      rejectCloseAndClosedPromiseIfNeeded(stream);
    },
    (error) => {
      abortRequest.promise.reject(error);
      rejectCloseAndClosedPromiseIfNeeded(stream);
    },
  );
}

function finishInFlightWrite(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest.resolve(undefined);
  state.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve(undefined);
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve(undefined);
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  if (state.writer !== undefined) state.writer[kState].closed.resolve(undefined);
}

function finishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  if (state.writer !== undefined) {
    const closed = state.writer[kState].closed;
    closed.reject(state.storedError);
    markHandled(closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = createDeferred();
    else writer[kState].ready.resolve(undefined);
  }
  state.backpressure = backpressure;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const writerState = setState(this, { kind: 'WritableStreamDefaultWriter', stream: undefined, ready: undefined, closed: undefined });
    if (isLocked(stream)) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    const state = stream[kState];
    writerState.stream = stream;
    state.writer = this;
    writerState.ready = createDeferred();
    writerState.closed = createDeferred();
    switch (state.state) {
      case 'writable':
        if (closeQueuedOrInFlight(stream) || !state.backpressure) writerState.ready.resolve(undefined);
        break;
      case 'erroring':
        writerState.ready.reject(state.storedError);
        markHandled(writerState.ready.promise);
        break;
      case 'closed':
        writerState.ready.resolve(undefined);
        writerState.closed.resolve(undefined);
        break;
      default:
        writerState.ready.reject(state.storedError);
        markHandled(writerState.ready.promise);
        writerState.closed.reject(state.storedError);
        markHandled(writerState.closed.promise);
    }
  }

  get closed() {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    brandCheck(this, 'WritableStreamDefaultWriter', isWriter);
    if (this[kState].stream === undefined) throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return rejected(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return rejected(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    brandCheck(this, 'WritableStreamDefaultWriter', isWriter);
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return rejected(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    return writerWrite(this, chunk);
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    return customInspect.call(this, depth, options, inspect, 'WritableStreamDefaultWriter', {
      stream: state.stream,
      close: state.closed.promise,
      ready: state.ready.promise,
      desiredSize: state.stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}

defineInterface(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter', ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') return resolved(undefined);
  if (state.state === 'errored') return rejected(state.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const writerState = writer[kState];
  if (!writerState.closed.pending) writerState.closed = createDeferred();
  writerState.closed.reject(error);
  markHandled(writerState.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const writerState = writer[kState];
  if (!writerState.ready.pending) writerState.ready = createDeferred();
  writerState.ready.reject(error);
  markHandled(writerState.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const released = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, released);
  writerEnsureClosedPromiseRejected(writer, released);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  const controller = state.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return rejected(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
  if (state.state === 'errored') return rejected(state.storedError);
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') {
    return rejected(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state.state === 'erroring') return rejected(state.storedError);
  const promise = createDeferred();
  state.writeRequests.push(promise);
  controllerWrite(controller, chunk, chunkSize);
  return promise.promise;
}

class WritableStreamDefaultController {
  constructor(token = undefined) {
    if (token !== kConstructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    brandCheck(this, 'WritableStreamDefaultController', isController);
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    brandCheck(this, 'WritableStreamDefaultController', isController);
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

defineInterface(WritableStreamDefaultController, 'WritableStreamDefaultController', ['signal', 'error']);

function setUpControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = Reflect.construct(WritableStreamDefaultController, [kConstructing]);
  const start = getMethod(sink, 'start');
  const write = getMethod(sink, 'write');
  const close = getMethod(sink, 'close');
  const abort = getMethod(sink, 'abort');
  setUpController(
    stream,
    controller,
    () => (start === undefined ? undefined : Reflect.apply(start, sink, [controller])),
    (chunk) => promiseCall(write, sink, chunk, controller),
    () => promiseCall(close, sink),
    (reason) => promiseCall(abort, sink, reason),
    highWaterMark,
    sizeAlgorithm,
  );
}

function setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const { AbortController } = require('internal/abort-controller');
  const state = setState(controller, {
    kind: 'WritableStreamDefaultController',
    stream,
    started: false,
    highWaterMark,
    sizeAlgorithm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    abortController: new AbortController(),
  });
  resetQueue(state);
  stream[kState].controller = controller;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  resolved(startResult).then(
    () => {
      state.started = true;
      advanceQueueIfNeeded(controller);
    },
    (error) => {
      state.started = true;
      dealWithRejection(stream, error);
    },
  );
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function controllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const state = controller[kState];
  return state.highWaterMark - state.queueTotalSize;
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = state.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started || stream[kState].inFlightWriteRequest !== undefined) return;
  const streamState = stream[kState].state;
  if (streamState === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (streamState !== 'writable' || queueLength(state) === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) processClose(controller);
  else processWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function processClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  dequeueValue(state);
  const sinkClose = state.closeAlgorithm();
  clearAlgorithms(controller);
  sinkClose.then(() => finishInFlightClose(stream), (error) => finishInFlightCloseWithError(stream, error));
}

function processWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightWriteRequest = streamState.writeRequests.shift();
  state.writeAlgorithm(chunk).then(
    () => {
      finishInFlightWrite(stream);
      dequeueValue(state);
      if (!closeQueuedOrInFlight(stream) && streamState.state === 'writable') {
        updateBackpressure(stream, controllerGetBackpressure(controller));
      }
      advanceQueueIfNeeded(controller);
    },
    (error) => {
      if (streamState.state === 'writable') clearAlgorithms(controller);
      finishInFlightWriteWithError(stream, error);
    },
  );
}

function controllerError(controller, error) {
  clearAlgorithms(controller);
  startErroring(controller[kState].stream, error);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  createWritableStream,
  acquireWriter,
  writableStreamAbort,
  writableStreamClose,
  closeQueuedOrInFlight,
  writerWrite,
  writerRelease,
  writerCloseWithErrorPropagation,
  controllerErrorIfNeeded: (stream, error) => controllerErrorIfNeeded(stream[kState].controller, error),
  streamState: (stream) => stream[kState].state,
  storedError: (stream) => stream[kState].storedError,
};
