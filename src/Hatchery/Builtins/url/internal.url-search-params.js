// URLSearchParams: an ordered list of name/value pairs in application/x-www-form-urlencoded form, optionally
// tied to a URL whose query it rewrites on every change.

const codec = require('internal/url-codec');
// Loaded when an error is raised: most uses never need the error module, whose first load is costly.
let loadedErrors;
const errors = () => (loadedErrors ??= require('internal/errors'));

const kList = Symbol('query');
const kOnChange = Symbol('context');

function listOf(params) {
  if (params === null || typeof params !== 'object' || !(kList in params)) throw new (errors().ERR_INVALID_THIS)('URLSearchParams');
  return params[kList];
}

function changed(params) {
  if (params[kOnChange]) params[kOnChange](codec.serializeForm(params[kList]));
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kOnChange] = null;
    if (init === undefined || init === null) {
      // Node treats null like no argument at all.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const iterator = init[Symbol.iterator];
      if (iterator !== undefined && iterator !== null) {
        if (typeof iterator !== 'function') throw new (errors().ERR_ARG_NOT_ITERABLE)('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw new (errors().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new (errors().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          this[kList].push([codec.toWellFormed(String(items[0])), codec.toWellFormed(String(items[1]))]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          const value = codec.toWellFormed(String(init[key]));
          const name = codec.toWellFormed(key);
          const existing = this[kList].find((p) => p[0] === name);
          if (existing) existing[1] = value;
          else this[kList].push([name, value]);
        }
      }
    } else {
      const text = String(init);
      this[kList] = codec.parseForm(text.startsWith('?') ? text.slice(1) : text);
    }
  }

  get size() {
    return listOf(this).length;
  }

  append(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw new (errors().ERR_MISSING_ARGS)('name', 'value');
    list.push([codec.toWellFormed(String(name)), codec.toWellFormed(String(value))]);
    changed(this);
  }

  delete(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = String(name);
    const matchValue = value !== undefined;
    if (matchValue) value = String(value);
    this[kList] = list.filter((p) => !(p[0] === name && (!matchValue || p[1] === value)));
    changed(this);
  }

  get(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = String(name);
    const pair = list.find((p) => p[0] === name);
    return pair ? pair[1] : null;
  }

  getAll(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = String(name);
    return list.filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw new (errors().ERR_MISSING_ARGS)('name');
    name = String(name);
    if (value !== undefined) value = String(value);
    return list.some((p) => p[0] === name && (value === undefined || p[1] === value));
  }

  set(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw new (errors().ERR_MISSING_ARGS)('name', 'value');
    name = codec.toWellFormed(String(name));
    value = codec.toWellFormed(String(value));
    const index = list.findIndex((p) => p[0] === name);
    if (index < 0) list.push([name, value]);
    else {
      list[index][1] = value;
      this[kList] = list.filter((p, i) => i <= index || p[0] !== name);
    }
    changed(this);
  }

  sort() {
    const list = listOf(this);
    // Array.prototype.sort is stable, and < on strings compares UTF-16 code units as the standard asks.
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    changed(this);
  }

  forEach(callback, thisArg = undefined) {
    listOf(this);
    if (typeof callback !== 'function') errors().validateFunction(callback, 'callback');
    for (let i = 0; i < this[kList].length; i++) {
      const [name, value] = this[kList][i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    return iterate(this, 'key');
  }

  values() {
    return iterate(this, 'value');
  }

  entries() {
    return iterate(this, 'key+value');
  }

  toString() {
    return codec.serializeForm(listOf(this));
  }

  // As Node's: each name and value printed by util.inspect one level deeper, on one line unless that would pass
  // breakLength.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx, inspect) {
    if (typeof this !== 'object' || this === null) throw new (errors().ERR_INVALID_THIS)('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const show = typeof inspect === 'function' ? inspect : require('util').inspect;
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const output = listOf(this).map(([name, value]) => `${show(name, inner)} => ${show(value, inner)}`);
    const length = output.reduce((sum, entry) => sum + entry.replace(/\u001b\[\d\d?m/g, '').length + 2, -2);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    return output.length ? `${name} { ${output.join(', ')} }` : `${name} {}`;
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

const iteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this[kList];
      const list = state.params[kList];
      if (state.index >= list.length) return { value: undefined, done: true };
      const [name, value] = list[state.index++];
      return { value: state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value], done: false };
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

// The iterator reads the live list, so pairs appended during iteration are visited, as the standard asks.
function iterate(params, kind) {
  listOf(params);
  const iterator = Object.create(iteratorPrototype);
  iterator[kList] = { params, kind, index: 0 };
  return iterator;
}

// Ties params to a URL: the URL hears every change, and the URL resets the list when its search changes.
function bind(params, onChange) {
  params[kOnChange] = onChange;
}

function reset(params, query) {
  params[kList] = query ? codec.parseForm(query) : [];
}

module.exports = { URLSearchParams, bind, reset };
