// TransformStream and its controller, as the WHATWG Streams standard defines them (with the transformer's cancel).

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors');
const {
  kState, kInspect, setState, brandCheck, customInspect, createDeferred, resolved, rejected, promiseCall, getMethod,
  extractHighWaterMark, extractSizeAlgorithm, defineInterface,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kConstructing = Symbol('constructing');
const isTransformStream = (value) => value?.[kState]?.kind === 'TransformStream';
const isController = (value) => value?.[kState]?.kind === 'TransformStreamDefaultController';

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== null && typeof transformer !== 'object') throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    if (transformer?.readableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    if (transformer?.writableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark, readableSize);
    const controller = setUpControllerFromTransformer(this, transformer ?? {});
    const start = getMethod(transformer, 'start');
    if (start === undefined) startPromise.resolve(undefined);
    else startPromise.resolve(Reflect.apply(start, transformer, [controller]));
  }

  get readable() {
    brandCheck(this, 'TransformStream', isTransformStream);
    return this[kState].readable;
  }

  get writable() {
    brandCheck(this, 'TransformStream', isTransformStream);
    return this[kState].writable;
  }

  [kInspect](depth, options, inspect) {
    const state = this[kState];
    return customInspect.call(this, depth, options, inspect, 'TransformStream', {
      readable: state.readable,
      writable: state.writable,
      backpressure: state.backpressure,
    });
  }
}

defineInterface(TransformStream, 'TransformStream', ['readable', 'writable']);

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark, readableSize) {
  const state = setState(stream, {
    kind: 'TransformStream',
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  });
  const start = () => startPromise.promise;
  state.writable = writable.createWritableStream(
    start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHighWaterMark,
    writableSize,
  );
  state.readable = readable.createReadableStream(
    start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHighWaterMark,
    readableSize,
  );
  setBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  readable.controllerError(readable.controllerOf(stream[kState].readable), error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  writable.controllerErrorIfNeeded(stream[kState].writable, error);
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  state.backpressureChange?.resolve(undefined);
  state.backpressureChange = createDeferred();
  state.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(token = undefined) {
    if (token !== kConstructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    brandCheck(this, 'TransformStreamDefaultController', isController);
    return readable.controllerGetDesiredSize(readable.controllerOf(this[kState].stream[kState].readable));
  }

  enqueue(chunk = undefined) {
    brandCheck(this, 'TransformStreamDefaultController', isController);
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    brandCheck(this, 'TransformStreamDefaultController', isController);
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    brandCheck(this, 'TransformStreamDefaultController', isController);
    controllerTerminate(this);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'TransformStreamDefaultController', { stream: this[kState].stream });
  }
}

defineInterface(TransformStreamDefaultController, 'TransformStreamDefaultController', ['desiredSize', 'enqueue', 'error', 'terminate']);

function setUpControllerFromTransformer(stream, transformer) {
  const controller = Reflect.construct(TransformStreamDefaultController, [kConstructing]);
  const transform = getMethod(transformer, 'transform');
  const flush = getMethod(transformer, 'flush');
  const cancel = getMethod(transformer, 'cancel');
  setState(controller, {
    kind: 'TransformStreamDefaultController',
    stream,
    finish: undefined,
    transformAlgorithm: transform === undefined
      ? (chunk) => {
        try {
          controllerEnqueue(controller, chunk);
          return resolved(undefined);
        } catch (error) {
          return rejected(error);
        }
      }
      : (chunk) => promiseCall(transform, transformer, chunk, controller),
    flushAlgorithm: () => promiseCall(flush, transformer, controller),
    cancelAlgorithm: (reason) => promiseCall(cancel, transformer, reason),
  });
  stream[kState].controller = controller;
  return controller;
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = readable.controllerOf(stream[kState].readable);
  if (!readable.canCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readable.controllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = readable.controllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  readable.controllerClose(readable.controllerOf(stream[kState].readable));
  errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

function performTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (error) => {
    transformStreamError(stream, error);
    throw error;
  });
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const controller = state.controller;
  if (!state.backpressure) return performTransform(controller, chunk);
  return state.backpressureChange.promise.then(() => {
    if (writable.streamState(state.writable) === 'erroring') throw writable.storedError(state.writable);
    return performTransform(controller, chunk);
  });
}

function sinkAbort(stream, reason) {
  const state = stream[kState];
  const controllerState = state.controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const readableStream = state.readable;
  const finish = controllerState.finish = createDeferred();
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  clearAlgorithms(state.controller);
  cancelPromise.then(
    () => {
      if (readable.streamState(readableStream) === 'errored') {
        finish.reject(readableStream[kState].storedError);
      } else {
        readable.controllerError(readable.controllerOf(readableStream), reason);
        finish.resolve(undefined);
      }
    },
    (error) => {
      readable.controllerError(readable.controllerOf(readableStream), error);
      finish.reject(error);
    },
  );
  return finish.promise;
}

function sinkClose(stream) {
  const state = stream[kState];
  const controllerState = state.controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const readableStream = state.readable;
  const finish = controllerState.finish = createDeferred();
  const flushPromise = controllerState.flushAlgorithm();
  clearAlgorithms(state.controller);
  flushPromise.then(
    () => {
      if (readable.streamState(readableStream) === 'errored') {
        finish.reject(readableStream[kState].storedError);
      } else {
        readable.controllerClose(readable.controllerOf(readableStream));
        finish.resolve(undefined);
      }
    },
    (error) => {
      readable.controllerError(readable.controllerOf(readableStream), error);
      finish.reject(error);
    },
  );
  return finish.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const state = stream[kState];
  const controllerState = state.controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const writableStream = state.writable;
  const finish = controllerState.finish = createDeferred();
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  clearAlgorithms(state.controller);
  cancelPromise.then(
    () => {
      if (writable.streamState(writableStream) === 'errored') {
        finish.reject(writable.storedError(writableStream));
      } else {
        writable.controllerErrorIfNeeded(writableStream, reason);
        if (state.backpressure) setBackpressure(stream, false);
        finish.resolve(undefined);
      }
    },
    (error) => {
      writable.controllerErrorIfNeeded(writableStream, error);
      if (state.backpressure) setBackpressure(stream, false);
      finish.reject(error);
    },
  );
  return finish.promise;
}

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
