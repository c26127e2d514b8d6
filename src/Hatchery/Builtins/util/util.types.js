// util.types (also require('util/types')): checks of a value's internal kind, not of its prototype chain.

const tagOf = binding.kind;
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;

function is(kind) {
  return (value) => value !== null && (typeof value === 'object' || typeof value === 'function') && tagOf(value) === kind;
}

function typedArrayNamed(name) {
  return (value) => typedArrayTag.call(value) === name;
}

function functionOf(constructor, otherConstructor) {
  return (value) => typeof value === 'function' &&
    (value instanceof constructor || (otherConstructor !== undefined && value instanceof otherConstructor));
}

const isBoxedKinds = new Set(['Number', 'String', 'Boolean', 'BigInt', 'Symbol']);

module.exports = {
  isAnyArrayBuffer: (value) => module.exports.isArrayBuffer(value) || module.exports.isSharedArrayBuffer(value),
  isArgumentsObject: is('Arguments'),
  isArrayBuffer: is('ArrayBuffer'),
  isArrayBufferView: (value) => ArrayBuffer.isView(value),
  isAsyncFunction: functionOf(AsyncFunction, AsyncGeneratorFunction),
  isBigInt64Array: typedArrayNamed('BigInt64Array'),
  isBigUint64Array: typedArrayNamed('BigUint64Array'),
  isBooleanObject: is('Boolean'),
  isBigIntObject: is('BigInt'),
  isBoxedPrimitive: (value) => value !== null && typeof value === 'object' && isBoxedKinds.has(tagOf(value)),
  isDataView: is('DataView'),
  isDate: is('Date'),
  isExternal: () => false,
  isFloat32Array: typedArrayNamed('Float32Array'),
  isFloat64Array: typedArrayNamed('Float64Array'),
  isGeneratorFunction: functionOf(GeneratorFunction, AsyncGeneratorFunction),
  isGeneratorObject: is('Generator'),
  isInt8Array: typedArrayNamed('Int8Array'),
  isInt16Array: typedArrayNamed('Int16Array'),
  isInt32Array: typedArrayNamed('Int32Array'),
  isMap: is('Map'),
  isMapIterator: is('MapIterator'),
  isModuleNamespaceObject: is('Module'),
  isNativeError: is('Error'),
  isNumberObject: is('Number'),
  isPromise: is('Promise'),
  isProxy: is('Proxy'),
  isRegExp: is('RegExp'),
  isSet: is('Set'),
  isSetIterator: is('SetIterator'),
  isSharedArrayBuffer: is('SharedArrayBuffer'),
  isStringObject: is('String'),
  isSymbolObject: is('Symbol'),
  isTypedArray: (value) => typedArrayTag.call(value) !== undefined,
  isUint8Array: typedArrayNamed('Uint8Array'),
  isUint8ClampedArray: typedArrayNamed('Uint8ClampedArray'),
  isUint16Array: typedArrayNamed('Uint16Array'),
  isUint32Array: typedArrayNamed('Uint32Array'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
};
