// Headers, as the Fetch standard and undici (Node 20's fetch) define it: names compared case-insensitively, values
// trimmed and validated, iteration sorted by lower-cased name with each Set-Cookie apart. A guard makes the headers
// of a fetched response immutable.

const { ERR_INVALID_THIS } = require('internal/errors');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A value may hold no NUL, CR or LF; leading and trailing HTTP whitespace is dropped.
const invalidValuePattern = /[\0\r\n]/;

const isHeaders = (value) => value !== null && typeof value === 'object' && kList in value;

// undici's (WebIDL's) message for too few arguments.
function argumentsRequired(context, min, length) {
  return `${context}: ${min} argument${min !== 1 ? 's' : ''} required, but${length ? ' only' : ''} ${length} found.`;
}

function normalizeValue(value) {
  return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(context, name) {
  if (!tokenPattern.test(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
}

function checkValue(context, value) {
  if (invalidValuePattern.test(value) || /[^\u0000-\u00ff]/.test(value)) {
    throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  }
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

// The list: lower-cased name → { name as first given, value }, plus Set-Cookie's values kept apart.
function createList() {
  return { entries: new Map(), cookies: [], sorted: null };
}

function listAppend(list, name, value) {
  const lower = name.toLowerCase();
  list.sorted = null;
  if (lower === 'set-cookie') list.cookies.push(value);
  const existing = list.entries.get(lower);
  if (existing) existing.value += `${lower === 'cookie' ? '; ' : ', '}${value}`;
  else list.entries.set(lower, { name, value });
}

function listSet(list, name, value) {
  const lower = name.toLowerCase();
  list.sorted = null;
  if (lower === 'set-cookie') list.cookies = [value];
  list.entries.set(lower, { name, value });
}

function listDelete(list, name) {
  const lower = name.toLowerCase();
  list.sorted = null;
  if (lower === 'set-cookie') list.cookies = [];
  list.entries.delete(lower);
}

function listGet(list, name) {
  return list.entries.get(name.toLowerCase())?.value ?? null;
}

function sortedPairs(list) {
  if (list.sorted) return list.sorted;
  const names = [...list.entries.keys()].sort();
  const pairs = [];
  for (const name of names) {
    if (name === 'set-cookie') for (const cookie of list.cookies) pairs.push([name, cookie]);
    else pairs.push([name, list.entries.get(name).value]);
  }
  list.sorted = pairs;
  return pairs;
}

function fill(headers, init) {
  if (init === undefined) return;
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 0.');
      }
      const entry = [...pair];
      if (entry.length !== 2) throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${entry.length}.`);
      appendHeader(headers, 'Headers.append', entry[0], entry[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Headers constructor: Key Symbol() in init is a symbol, which cannot be converted to a ByteString.');
    appendHeader(headers, 'Headers.append', key, init[key]);
  }
}

function appendHeader(headers, context, name, value) {
  name = `${name}`;
  value = normalizeValue(value);
  checkName(context, name);
  checkValue(context, value);
  checkGuard(headers);
  listAppend(headers[kList], name, value);
}

class Headers {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: createList() });
    Object.defineProperty(this, kGuard, { value: 'none', writable: true });
    fill(this, init);
  }

  append(name, value) {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    if (arguments.length < 2) throw new TypeError(argumentsRequired('Headers.append', 2, arguments.length));
    appendHeader(this, 'Headers.append', name, value);
  }

  delete(name) {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('Headers.delete', 1, 0));
    name = `${name}`;
    checkName('Headers.delete', name);
    checkGuard(this);
    listDelete(this[kList], name);
  }

  get(name) {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('Headers.get', 1, 0));
    name = `${name}`;
    checkName('Headers.get', name);
    return listGet(this[kList], name);
  }

  has(name) {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    if (arguments.length < 1) throw new TypeError(argumentsRequired('Headers.has', 1, 0));
    name = `${name}`;
    checkName('Headers.has', name);
    return this[kList].entries.has(name.toLowerCase());
  }

  set(name, value) {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    if (arguments.length < 2) throw new TypeError(argumentsRequired('Headers.set', 2, arguments.length));
    name = `${name}`;
    value = normalizeValue(value);
    checkName('Headers.set', name);
    checkValue('Headers.set', value);
    checkGuard(this);
    listSet(this[kList], name, value);
  }

  getSetCookie() {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    return this[kList].cookies.slice();
  }

  keys() {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    return createIterator(this, 'key');
  }

  values() {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    return createIterator(this, 'value');
  }

  entries() {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isHeaders(this)) throw new ERR_INVALID_THIS('Headers');
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of sortedPairs(this[kList])) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  [kInspect](depth, options, inspect) {
    const shown = {};
    for (const { name, value } of this[kList].entries.values()) shown[name] = value;
    return `Headers ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const HeadersIteratorPrototype = Object.setPrototypeOf({
  next() {
    const state = this[kList];
    const pairs = sortedPairs(state.headers[kList]);
    if (state.index >= pairs.length) return { value: undefined, done: true };
    const [name, value] = pairs[state.index++];
    if (state.kind === 'key') return { value: name, done: false };
    if (state.kind === 'value') return { value, done: false };
    return { value: [name, value], done: false };
  },
  [Symbol.toStringTag]: 'Headers Iterator',
}, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

function createIterator(headers, kind) {
  const iterator = Object.create(HeadersIteratorPrototype);
  Object.defineProperty(iterator, kList, { value: { headers, kind, index: 0 } });
  return iterator;
}

Object.defineProperties(Headers.prototype, {
  [Symbol.toStringTag]: { value: 'Headers', configurable: true },
  [Symbol.iterator]: { value: Headers.prototype.entries, writable: true, configurable: true },
});
for (const name of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(Headers.prototype, name, { enumerable: true });
}

// Headers built by fetch itself: from the transport's flat [name, value, …] list, with a guard.
function headersFromPairs(pairs, guard) {
  const headers = new Headers();
  for (let i = 0; i < pairs.length; i += 2) listAppend(headers[kList], pairs[i], pairs[i + 1]);
  headers[kGuard] = guard;
  return headers;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

// The pairs as they go on the wire: every entry, Set-Cookie and all, names in their given case.
function headerPairs(headers) {
  const pairs = [];
  for (const [lower, { name, value }] of headers[kList].entries) {
    if (lower === 'set-cookie') for (const cookie of headers[kList].cookies) pairs.push(name, cookie);
    else pairs.push(name, value);
  }
  return pairs;
}

// Appends without the guard or validation, for what fetch adds itself.
function appendTrusted(headers, name, value) {
  listAppend(headers[kList], name, value);
}

function deleteTrusted(headers, name) {
  listDelete(headers[kList], name);
}

module.exports = { argumentsRequired, Headers, isHeaders, headersFromPairs, headerPairs, appendTrusted, deleteTrusted, setGuard, fill };
