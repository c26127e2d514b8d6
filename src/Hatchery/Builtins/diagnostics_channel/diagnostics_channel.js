// Node's diagnostics_channel module: named channels that hand each published message to their subscribers, and
// tracing channels that publish the start, end and errors of an operation on five such channels.

const { ERR_INVALID_ARG_TYPE, validateFunction } = require('internal/errors');

// Node holds channels weakly, so one nobody references (and with nobody subscribed) may be collected and made anew
// by the next channel(name). Here a channel lives as long as the runtime: only memory tells the two apart.
const channels = new Map();

// Node's name for a channel's table of stores, which shows when a channel is inspected.
class SafeMap extends Map {}

// A subscriber's (or a store transform's) error must not stop the publisher or the other subscribers: Node throws
// it again on the next tick, where it becomes an uncaught exception.
function throwLater(error) {
  process.nextTick(() => {
    throw error;
  });
}

// A channel starts as a Channel, whose methods do nothing, and becomes an ActiveChannel when something subscribes
// or binds a store; it turns back when the last one leaves. Inspecting a channel shows which it is, as in Node.
function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new SafeMap();
}

function deactivateIfIdle(channel) {
  if (channel._subscribers.length > 0 || channel._stores.size > 0) return;
  Object.setPrototypeOf(channel, Channel.prototype);
  channel._subscribers = undefined;
  channel._stores = undefined;
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  // As in Node, only an object whose prototype is one of the two is a channel (null and undefined throw).
  static [Symbol.hasInstance](value) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    // Activated before the check, as in Node: a failed subscribe still leaves hasSubscribers true.
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

// Only its prototype is used (see activate).
class ActiveChannel extends Channel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A new array rather than a push, so a publish under way keeps the list it started with.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.delete(store)) return false;
    deactivateIfIdle(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (error) {
        throwLater(error);
      }
    }
  }

  // Each bound store runs the rest inside store.run(transform(data), rest), the last bound outermost; innermost the
  // message is published and fn called. Hatchery has no AsyncLocalStorage, but any object with run(value, fn) serves.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => {
        let value;
        try {
          if (transform === undefined) value = data;
          // V8's words, which Jint's differ from.
          else if (typeof transform !== 'function') throw new TypeError('transform is not a function');
          else value = transform(data);
        } catch (error) {
          throwLater(error);
          return inner();
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  return new Channel(name);
}

function hasSubscribers(name) {
  const existing = channels.get(name);
  return existing === undefined ? false : existing.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    let found;
    if (typeof nameOrChannels === 'string') {
      found = traceEvents.map((event) => channel(`tracing:${nameOrChannels}:${event}`));
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      found = traceEvents.map((event) => {
        const value = nameOrChannels[event];
        if (!(value instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], value);
        return value;
      });
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
    // Read-only and hidden from inspection, as in Node.
    traceEvents.forEach((event, i) => Object.defineProperty(this, event, { value: found[i] }));
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    // Node publishes asyncEnd straight after asyncStart: it has no hook for the end of the continuation.
    const settled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const failed = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return Promise.prototype.then.call(promise, settled, failed);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      const self = this;
      const callArgs = arguments;
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, self, callArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
