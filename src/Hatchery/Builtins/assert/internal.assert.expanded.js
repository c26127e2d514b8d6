// Renders values one property per line with sorted keys, the layout assertion diffs compare line by line.

const { inspect } = require('util');

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keyText(key) {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return identifier.test(key) ? key : inspect(key);
}

function prefixOf(value) {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return '[Object: null prototype] ';
  const ctor = proto.constructor;
  const name = typeof ctor === 'function' ? ctor.name : '';
  if (Array.isArray(value)) return name === 'Array' ? '' : `${name}(${value.length}) `;
  return name === 'Object' ? '' : `${name} `;
}

function block(open, close, entries, indent) {
  if (entries.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  return `${open}\n${inner}${entries.join(`,\n${inner}`)}\n${indent}${close}`;
}

const isIndex = /^(0|[1-9][0-9]*)$/;

// An array's own keys list its indices first, so its other keys are the tail after the last index.
function nonIndexKeys(keys) {
  let first = keys.length;
  while (first > 0 && !isIndex.test(keys[first - 1])) first--;
  return first === 0 ? keys : keys.slice(first);
}

// Numbers are by far the most common leaves of a large diff; they print as inspect prints them without a call.
function renderPrimitive(value) {
  if (typeof value === 'number' && !Object.is(value, -0)) return `${value}`;
  return inspect(value);
}

function render(value, indent, seen) {
  if (value === null || (typeof value !== 'object')) return renderPrimitive(value);
  if (value instanceof Date || value instanceof RegExp || value instanceof Error || value instanceof Promise ||
      value instanceof WeakMap || value instanceof WeakSet) {
    return inspect(value);
  }
  if (seen.includes(value)) return '[Circular *1]';
  seen.push(value);
  try {
    const inner = `${indent}  `;
    const keys = Object.keys(value);
    const props = (skipIndexes) => (skipIndexes ? nonIndexKeys(keys) : keys)
      .slice()
      .sort()
      .map((k) => `${keyText(k)}: ${render(value[k], inner, seen)}`)
      .concat(Object.getOwnPropertySymbols(value)
        .filter((s) => Object.prototype.propertyIsEnumerable.call(value, s))
        .map((s) => `${keyText(s)}: ${render(value[s], inner, seen)}`));
    if (Array.isArray(value)) {
      const items = [];
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        items.push(item === null || typeof item !== 'object' ? renderPrimitive(item) : render(item, inner, seen));
      }
      return block(`${prefixOf(value)}[`, ']', items.concat(props(true)), indent);
    }
    if (value instanceof Map) {
      const items = [...value].map(([k, v]) => `${render(k, inner, seen)} => ${render(v, inner, seen)}`);
      return block(`${prefixOf(value).trimEnd()}(${value.size}) {`, '}', items.concat(props(false)), indent);
    }
    if (value instanceof Set) {
      const items = [...value].map((v) => render(v, inner, seen));
      return block(`${prefixOf(value).trimEnd()}(${value.size}) {`, '}', items.concat(props(false)), indent);
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const items = Array.from(value, renderPrimitive);
      return block(`${prefixOf(value).trimEnd()}(${value.length}) [`, ']', items.concat(props(true)), indent);
    }
    return block(`${prefixOf(value)}{`, '}', props(false), indent);
  } finally {
    seen.pop();
  }
}

module.exports = { renderExpanded: (value) => render(value, '', []) };
