// Deep equality shared by assert.deepEqual/deepStrictEqual and util.isDeepStrictEqual.

const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isBoxed(value) {
  return value instanceof Number || value instanceof String || value instanceof Boolean ||
    (typeof BigInt === 'function' && value instanceof BigInt) || value instanceof Symbol;
}

function ownKeys(value, strict) {
  const keys = Object.keys(value);
  if (strict) {
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable.call(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // Loose mode uses ==, except that NaN equals NaN.
  return a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
}

function isDeepEqual(a, b) {
  return innerEqual(a, b, false, new Map());
}

function isDeepStrictEqual(a, b) {
  return innerEqual(a, b, true, new Map());
}

function innerEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  const aObject = a !== null && typeof a === 'object';
  const bObject = b !== null && typeof b === 'object';
  if (!aObject || !bObject) {
    if (aObject || bObject) return false;
    if (typeof a === 'function' || typeof b === 'function') return false;
    return primitiveEqual(a, b, strict);
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (objectToString.call(a) !== objectToString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  // A pair already under comparison is assumed equal, which makes cycles terminate.
  let seen = memo.get(a);
  if (seen !== undefined && seen.has(b)) return true;
  if (seen === undefined) memo.set(a, seen = new Set());
  seen.add(b);
  try {
    return objectEqual(a, b, strict, memo);
  } finally {
    seen.delete(b);
  }
}

function objectEqual(a, b, strict, memo) {
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    return arrayEqual(a, b, strict, memo);
  }
  if (a instanceof Date) {
    if (a.getTime() !== b.getTime()) return false;
  } else if (a instanceof RegExp) {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (a instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (isBoxed(a)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (isTypedArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!primitiveEqual(a[i], b[i], strict)) return false;
    }
    return keysEqual(a, b, strict, memo, nonIndexKeys);
  } else if (a instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && a instanceof SharedArrayBuffer)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size || !setEqual(a, b, strict, memo)) return false;
  } else if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size || !mapEqual(a, b, strict, memo)) return false;
  }
  return keysEqual(a, b, strict, memo);
}

// Index by index, as Node compares arrays: an own element must face an own element, a hole a hole. Elements that are
// the same primitive (or the same object) skip the full comparison, which keeps long equal arrays cheap.
function arrayEqual(a, b, strict, memo) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y && x !== 0 && x !== undefined) continue;
    if (x === undefined || y === undefined) {
      const own = hasOwn.call(a, i);
      if (own !== hasOwn.call(b, i)) return false;
      if (!own) continue;
    }
    if (!innerEqual(x, y, strict, memo)) return false;
  }
  return keysEqual(a, b, strict, memo, nonIndexKeys);
}

// An array's own keys list its indices first, in ascending order, so its other keys are the tail after the last index.
function nonIndexKeys(keys) {
  let first = keys.length;
  while (first > 0 && !isIndex(keys[first - 1])) first--;
  return first === 0 ? keys : keys.slice(first);
}

function isIndex(key) {
  return typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key);
}

function keysEqual(a, b, strict, memo, filter) {
  let aKeys = ownKeys(a, strict);
  let bKeys = ownKeys(b, strict);
  if (filter) {
    aKeys = filter(aKeys);
    bKeys = filter(bKeys);
  }
  if (aKeys.length !== bKeys.length) return false;
  for (const key of aKeys) {
    if (!hasOwn.call(b, key) || !isEnumerable.call(b, key)) return false;
  }
  for (const key of aKeys) {
    if (!innerEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function setEqual(a, b, strict, memo) {
  const unmatched = [];
  for (const value of b) {
    if (!a.has(value) || (value !== null && typeof value === 'object')) unmatched.push(value);
  }
  for (const value of a) {
    if (b.has(value) && (value === null || typeof value !== 'object')) continue;
    const index = unmatched.findIndex((candidate) => innerEqual(value, candidate, strict, memo));
    if (index < 0) return false;
    unmatched.splice(index, 1);
  }
  return true;
}

function mapEqual(a, b, strict, memo) {
  const unmatched = [];
  for (const [key, value] of b) {
    if (!a.has(key) || (key !== null && typeof key === 'object')) unmatched.push([key, value]);
  }
  for (const [key, value] of a) {
    if (b.has(key) && (key === null || typeof key !== 'object')) {
      if (!innerEqual(value, b.get(key), strict, memo)) return false;
      continue;
    }
    const index = unmatched.findIndex(([k, v]) => innerEqual(key, k, strict, memo) && innerEqual(value, v, strict, memo));
    if (index < 0) return false;
    unmatched.splice(index, 1);
  }
  return true;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
