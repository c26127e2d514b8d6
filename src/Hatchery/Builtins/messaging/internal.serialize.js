// The structured clone as a string: what a message carries between ports, which may belong to runtimes on other
// threads. The string is JSON of tagged nodes; objects are numbered in the order they are first met, so shared and
// cyclic references survive (["r", n] points back at the n-th).

const { DOMException } = require('internal/dom-exception');
const { transferList, notCloneable, typedArrays, errorTypes } = require('internal/structured-clone');
const { isProxy } = require('util/types');

function bytesOf(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return text;
}

function serialize(value, transfer = undefined) {
  const buffers = transferList(transfer).filter((b) => !b.detached);
  const seen = new Map();
  const text = JSON.stringify(encode(value, seen));
  for (const buffer of buffers) buffer.transfer(0);
  return text;
}

function encode(value, seen) {
  switch (typeof value) {
    case 'string': case 'boolean': return value;
    case 'number':
      if (Number.isFinite(value) && !Object.is(value, -0)) return value;
      return ['n', Object.is(value, -0) ? '-0' : String(value)];
    case 'undefined': return ['u'];
    case 'bigint': return ['b', value.toString()];
    case 'symbol': case 'function': throw notCloneable(value);
    default: break;
  }
  if (value === null) return null;
  if (seen.has(value)) return ['r', seen.get(value)];
  if (isProxy(value)) throw new DOMException('#<Object> could not be cloned.', 'DataCloneError');
  seen.set(value, seen.size);
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  switch (tag) {
    case 'Boolean': case 'Number': case 'String': case 'BigInt': return ['w', encode(value.valueOf(), new Map())];
    case 'Date': return ['d', encode(value.getTime(), seen)];
    case 'RegExp': return ['x', value.source, value.flags];
    case 'ArrayBuffer':
      if (value.detached) throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
      return ['B', bytesOf(value), value.resizable ? value.maxByteLength : -1];
    case 'DataView': return ['V', encode(value.buffer, seen), value.byteOffset, value.byteLength];
    case 'Map': return ['M', [...value].map(([k, v]) => [encode(k, seen), encode(v, seen)])];
    case 'Set': return ['S', [...value].map((v) => encode(v, seen))];
    case 'Error': {
      const own = (name) => Object.prototype.hasOwnProperty.call(value, name);
      return ['e', errorTypes[value.name] ? value.name : 'Error', own('message') ? String(value.message) : null,
        typeof value.stack === 'string' ? value.stack : null, own('cause') ? encode(value.cause, seen) : ['none']];
    }
    case 'Array': return ['a', value.length, Object.keys(value).map((k) => [k, encode(value[k], seen)])];
    case 'Object': return ['o', Object.keys(value).map((k) => [k, encode(value[k], seen)])];
    default: {
      const name = Object.keys(typedArrays).find((n) => value instanceof typedArrays[n]);
      if (name) return ['T', name, encode(value.buffer, seen), value.byteOffset, value.length];
      throw notCloneable(value);
    }
  }
}

function deserialize(text) {
  return decode(JSON.parse(text), []);
}

function decode(node, objects) {
  if (node === null || typeof node !== 'object') return node;
  const [tag] = node;
  switch (tag) {
    case 'n': return node[1] === '-0' ? -0 : Number(node[1]);
    case 'u': return undefined;
    case 'b': return BigInt(node[1]);
    case 'r': return objects[node[1]];
    default: break;
  }
  // Numbered before its parts, as encode numbered it; filled in when the parts are needed first.
  const index = objects.length;
  objects.push(undefined);
  let copy;
  switch (tag) {
    case 'w': copy = Object(decode(node[1], [])); break;
    case 'd': copy = new Date(decode(node[1], objects)); break;
    case 'x': copy = new RegExp(node[1], node[2]); break;
    case 'B': {
      const bytes = node[1];
      copy = node[2] >= 0 ? new ArrayBuffer(bytes.length, { maxByteLength: node[2] }) : new ArrayBuffer(bytes.length);
      const view = new Uint8Array(copy);
      for (let i = 0; i < bytes.length; i++) view[i] = bytes.charCodeAt(i);
      break;
    }
    case 'V': copy = new DataView(decode(node[1], objects), node[2], node[3]); break;
    case 'T': copy = new typedArrays[node[1]](decode(node[2], objects), node[3], node[4]); break;
    case 'M':
      copy = objects[index] = new Map();
      for (const [k, v] of node[1]) copy.set(decode(k, objects), decode(v, objects));
      break;
    case 'S':
      copy = objects[index] = new Set();
      for (const v of node[1]) copy.add(decode(v, objects));
      break;
    case 'e': {
      // Constructed, not Object.create'd: the copy must be a real error ([object Error], util.types.isNativeError).
      copy = objects[index] = new (errorTypes[node[1]] || Error)();
      const define = (name, v) => Object.defineProperty(copy, name, { value: v, writable: true, configurable: true });
      if (node[2] !== null) define('message', node[2]);
      if (node[3] !== null) define('stack', node[3]);
      if (!(Array.isArray(node[4]) && node[4][0] === 'none')) define('cause', decode(node[4], objects));
      break;
    }
    case 'a':
      copy = objects[index] = new Array(node[1]);
      for (const [k, v] of node[2]) copy[k] = decode(v, objects);
      break;
    case 'o':
      copy = objects[index] = {};
      for (const [k, v] of node[1]) copy[k] = decode(v, objects);
      break;
    default: throw new Error(`Unknown serialised node ${tag}`);
  }
  objects[index] = copy;
  return copy;
}

module.exports = { serialize, deserialize };
