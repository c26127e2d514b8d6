// Event and EventTarget as Node implements them: no tree, so dispatch only ever reaches the target itself.

const { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS } = require('internal/errors');

const kState = Symbol('event state');
const kListeners = Symbol('listeners');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const origin = Date.now();

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const o = options || {};
    this[kState] = {
      type: `${type}`, bubbles: Boolean(o.bubbles), cancelable: Boolean(o.cancelable), composed: Boolean(o.composed),
      defaultPrevented: false, target: null, currentTarget: null, phase: 0, stop: false, stopImmediate: false,
      dispatching: false, timeStamp: Date.now() - origin + 1e-3, trusted: false,
    };
  }

  get type() { return this[kState].type; }
  get bubbles() { return this[kState].bubbles; }
  get cancelable() { return this[kState].cancelable; }
  get composed() { return this[kState].composed; }
  get defaultPrevented() { return this[kState].cancelable && this[kState].defaultPrevented; }
  get target() { return this[kState].target; }
  get currentTarget() { return this[kState].currentTarget; }
  get srcElement() { return this[kState].target; }
  get eventPhase() { return this[kState].phase; }
  get timeStamp() { return this[kState].timeStamp; }
  get isTrusted() { return this[kState].trusted; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kState].stop; }
  set cancelBubble(value) { if (value) this[kState].stop = true; }

  // Node 20 lets a passive listener cancel too, and so do we: same script, same output.
  preventDefault() {
    this[kState].defaultPrevented = true;
  }

  stopPropagation() {
    this[kState].stop = true;
  }

  stopImmediatePropagation() {
    this[kState].stop = true;
    this[kState].stopImmediate = true;
  }

  composedPath() {
    return this[kState].dispatching ? [this[kState].currentTarget] : [];
  }

  // Node 20's fields: the raw defaultPrevented flag, not the getter's cancelable-aware answer.
  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const state = this[kState];
    const shown = { type: state.type, defaultPrevented: state.defaultPrevented, cancelable: state.cancelable, timeStamp: state.timeStamp };
    return `${name} ${inspect(shown, { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth })}`;
  }
}

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

function find(list, listener, capture) {
  for (let entry = list.head; entry !== null; entry = entry.next) {
    if (entry.listener === listener && entry.capture === capture) return entry;
  }
  return null;
}

function readOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  const o = options !== null && typeof options === 'object' ? options : {};
  return { capture: Boolean(o.capture), once: Boolean(o.once), passive: Boolean(o.passive), signal: o.signal };
}

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth })}`;
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (listener === null || listener === undefined) return;
    const { capture, once, passive, signal } = readOptions(options);
    if (signal !== undefined && signal.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (!list) this[kListeners].set(type, (list = { head: null, tail: null }));
    if (find(list, listener, capture)) return;
    const entry = { listener, capture, once, passive, removed: false, previous: list.tail, next: null };
    if (list.tail) list.tail.next = entry;
    else list.head = entry;
    list.tail = entry;
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    const list = this[kListeners].get(`${type}`);
    const entry = list && find(list, listener, capture);
    if (!entry) return;
    // The entry keeps its `next`, so a dispatch standing on it carries on with the listeners after it.
    entry.removed = true;
    if (entry.previous) entry.previous.next = entry.next;
    else list.head = entry.next;
    if (entry.next) entry.next.previous = entry.previous;
    else list.tail = entry.previous;
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    const state = event[kState];
    if (state.dispatching) throw new ERR_EVENT_RECURSION(state.type);
    state.dispatching = true;
    state.target = this;
    state.currentTarget = this;
    state.phase = 2;
    const list = this[kListeners].get(state.type);
    // A live walk, as Node's: listeners added during dispatch run in it, removed ones are skipped.
    for (let entry = list ? list.head : null; entry !== null; entry = entry.next) {
      if (entry.removed) continue;
      if (entry.once) this.removeEventListener(state.type, entry.listener, { capture: entry.capture });
      try {
        const listener = entry.listener;
        if (typeof listener === 'function') listener.call(this, event);
        else if (typeof listener.handleEvent === 'function') listener.handleEvent(event);
      } catch (error) {
        // A throwing listener neither stops the others nor reaches dispatchEvent's caller: it is uncaught.
        process.nextTick(() => { throw error; });
      }
      if (state.stopImmediate) break;
    }
    state.dispatching = false;
    state.currentTarget = null;
    state.phase = 0;
    return !event.defaultPrevented;
  }
}

Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// Marks an event as coming from the platform (isTrusted), as Node's own abort events are.
function trusted(event) {
  event[kState].trusted = true;
  return event;
}

module.exports = { Event, EventTarget, trusted };
