// MessageChannel, MessagePort, BroadcastChannel, MessageEvent and CustomEvent. A message is serialised to a string
// (internal/serialize) and crosses through a C# endpoint, so the same ports serve a runtime's own channels and the
// ones between a worker and its parent, on other threads.

const { Event, EventTarget } = require('internal/event-target');
const { serialize, deserialize } = require('internal/serialize');
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS } = require('internal/errors');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kCreate = Symbol('kCreate');

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    super(type, options);
    const o = options || {};
    this[kState] = {
      data: o.data === undefined ? null : o.data, origin: o.origin === undefined ? '' : `${o.origin}`,
      lastEventId: o.lastEventId === undefined ? '' : `${o.lastEventId}`, source: o.source === undefined ? null : o.source,
      ports: o.ports === undefined ? [] : [...o.ports],
    };
  }

  get data() { return this[kState].data; }
  get origin() { return this[kState].origin; }
  get lastEventId() { return this[kState].lastEventId; }
  get source() { return this[kState].source; }
  get ports() { return this[kState].ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) return super();
    super(type, options);
    this[kState] = { detail: options && options.detail !== undefined ? options.detail : null };
  }

  get detail() { return this[kState].detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// Node's ports are EventTargets with the EventEmitter methods too (its NodeEventTarget): an `on` listener gets the
// message's data, an addEventListener one the MessageEvent.
const kEmitterListeners = Symbol('kEmitterListeners');

function emitterMethods(Class) {
  const proto = Class.prototype;
  proto.on = proto.addListener = function on(type, listener) {
    const wrapper = (event) => listener.call(this, type === 'message' || type === 'messageerror' ? event.data : event);
    (this[kEmitterListeners] ??= []).push({ type, listener, wrapper });
    this.addEventListener(type, wrapper);
    return this;
  };
  proto.once = function once(type, listener) {
    const wrapper = (event) => {
      this.off(type, listener);
      listener.call(this, type === 'message' || type === 'messageerror' ? event.data : event);
    };
    (this[kEmitterListeners] ??= []).push({ type, listener, wrapper });
    this.addEventListener(type, wrapper);
    return this;
  };
  proto.off = proto.removeListener = function off(type, listener) {
    const list = this[kEmitterListeners] || [];
    const index = list.findIndex((e) => e.type === type && e.listener === listener);
    if (index >= 0) {
      this.removeEventListener(type, list[index].wrapper);
      list.splice(index, 1);
    }
    return this;
  };
  proto.removeAllListeners = function removeAllListeners(type = undefined) {
    for (const entry of [...(this[kEmitterListeners] || [])]) {
      if (type === undefined || entry.type === type) this.off(entry.type, entry.listener);
    }
    return this;
  };
  proto.emit = function emit(type, arg) {
    return this.dispatchEvent(type === 'message' ? new MessageEvent(type, { data: arg }) : new Event(type));
  };
  proto.listenerCount = function listenerCount(type) {
    return this[kState].listeners.get(type) || 0;
  };
}

function countListener(target, type, delta) {
  const state = target[kState];
  state.listeners.set(type, (state.listeners.get(type) || 0) + delta);
  if (type === 'message' && delta > 0) target.start();
  updateKeepAlive(target);
}

// A port holds its loop open while it is started, referenced, open and listened to, as a Node port's handle does.
function updateKeepAlive(port) {
  const state = port[kState];
  const keep = state.started && state.ref && !state.closed && (state.listeners.get('message') || 0) > 0;
  port[kHandle].keepAlive(keep);
}

function attach(port, handle) {
  port[kHandle] = handle;
  handle.attach((text) => {
    const data = deserialize(text);
    port.dispatchEvent(new MessageEvent('message', { data }));
  }, () => {
    const state = port[kState];
    state.closed = true;
    updateKeepAlive(port);
    port.dispatchEvent(new Event('close'));
  });
}

class MessagePort extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_INVALID_ARG_TYPE('Illegal constructor');
    super();
    this[kState] = { started: false, ref: true, closed: false, onmessage: null, listeners: new Map() };
  }

  addEventListener(type, listener, options = undefined) {
    super.addEventListener(type, listener, options);
    if (listener !== null && listener !== undefined) countListener(this, `${type}`, 1);
  }

  removeEventListener(type, listener, options = undefined) {
    super.removeEventListener(type, listener, options);
    if (listener !== null && listener !== undefined && (this[kState].listeners.get(`${type}`) || 0) > 0) {
      countListener(this, `${type}`, -1);
    }
  }

  postMessage(message, transfer = undefined) {
    if (arguments.length === 0) {
      const error = new TypeError('Not enough arguments to MessagePort.postMessage');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    const list = transfer !== null && typeof transfer === 'object' && !Array.isArray(transfer) && typeof transfer[Symbol.iterator] !== 'function'
      ? transfer.transfer : transfer;
    const text = serialize(message, list);
    if (!this[kState].closed) this[kHandle].send(text);
  }

  start() {
    const state = this[kState];
    if (state.started || state.closed) return;
    state.started = true;
    this[kHandle].start();
    updateKeepAlive(this);
  }

  close() {
    if (this[kState].closed) return;
    this[kHandle].close();
  }

  ref() {
    this[kState].ref = true;
    updateKeepAlive(this);
    return this;
  }

  unref() {
    this[kState].ref = false;
    updateKeepAlive(this);
    return this;
  }

  hasRef() {
    const state = this[kState];
    return state.ref && state.started && !state.closed && (state.listeners.get('message') || 0) > 0;
  }
}
emitterMethods(MessagePort);
defineOnmessage(MessagePort);

// The onmessage accessor of ports and channels: a handler set here is one 'message' listener, replaced by the next.
function defineOnmessage(Class) {
  Object.defineProperty(Class.prototype, 'onmessage', {
    get() { return this[kState].onmessage; },
    set(handler) {
      const state = this[kState];
      if (state.onmessageWrapper) this.removeEventListener('message', state.onmessageWrapper);
      state.onmessage = typeof handler === 'function' ? handler : null;
      state.onmessageWrapper = null;
      if (state.onmessage !== null) {
        state.onmessageWrapper = (event) => state.onmessage.call(this, event);
        this.addEventListener('message', state.onmessageWrapper);
      }
    },
    configurable: true,
  });
}

function createPort(handle) {
  const port = new MessagePort(kCreate);
  attach(port, handle);
  return port;
}

class MessageChannel {
  constructor() {
    const [first, second] = binding.channel();
    Object.defineProperty(this, 'port1', { value: createPort(first), enumerable: true, configurable: true });
    Object.defineProperty(this, 'port2', { value: createPort(second), enumerable: true, configurable: true });
  }
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, { value: 'MessageChannel', configurable: true });

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_INVALID_ARG_TYPE('The "name" argument must be specified');
    super();
    this[kState] = { name: `${name}`, port: createPort(binding.broadcast(`${name}`)), onmessage: null };
    const port = this[kState].port;
    port.addEventListener('message', (event) => this.dispatchEvent(new MessageEvent('message', { data: event.data })));
    // Until a listener of this channel's own asks for messages, the channel holds nothing open.
    port.unref();
  }

  get name() { return this[kState].name; }

  postMessage(message) {
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('message');
    }
    if (this[kState].closed) throw new (require('internal/dom-exception').DOMException)('BroadcastChannel is closed.', 'InvalidStateError');
    this[kState].port.postMessage(message);
  }

  close() {
    if (this[kState].closed) return;
    this[kState].closed = true;
    this[kState].port.close();
  }

  ref() { this[kState].port.ref(); return this; }

  unref() { this[kState].port.unref(); return this; }

  addEventListener(type, listener, options = undefined) {
    super.addEventListener(type, listener, options);
    if (`${type}` === 'message' && listener) this[kState].port.ref();
  }
}
defineOnmessage(BroadcastChannel);

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, CustomEvent, createPort, emitterMethods };
