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
  return `${open}\n${entries.map((e) => inner + e).join(',\n')}\n${indent}${close}`;
}

function render(value, indent, seen) {
  if (value === null || (typeof value !== 'object')) return inspect(value);
  if (value instanceof Date || value instanceof RegExp || value instanceof Error || value instanceof Promise ||
      value instanceof WeakMap || value instanceof WeakSet) {
    return inspect(value);
  }
  if (seen.includes(value)) return '[Circular *1]';
  seen.push(value);
  try {
    const inner = `${indent}  `;
    const keys = Object.keys(value);
    const props = (skipIndexes) => keys
      .filter((k) => !skipIndexes || !/^(0|[1-9][0-9]*)$/.test(k))
      .sort()
      .map((k) => `${keyText(k)}: ${render(value[k], inner, seen)}`)
      .concat(Object.getOwnPropertySymbols(value)
        .filter((s) => Object.prototype.propertyIsEnumerable.call(value, s))
        .map((s) => `${keyText(s)}: ${render(value[s], inner, seen)}`));
    if (Array.isArray(value)) {
      const items = [];
      for (let i = 0; i < value.length; i++) items.push(render(value[i], inner, seen));
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
      const items = Array.from(value, (v) => inspect(v));
      return block(`${prefixOf(value).trimEnd()}(${value.length}) [`, ']', items.concat(props(true)), indent);
    }
    return block(`${prefixOf(value)}{`, '}', props(false), indent);
  } finally {
    seen.pop();
  }
}

module.exports = { renderExpanded: (value) => render(value, '', []) };
