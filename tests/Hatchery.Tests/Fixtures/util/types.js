const { types } = require('util');
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
const samples = {
  object: {}, array: [], promise: Promise.resolve(), thenable: { then() {} }, regexp: /x/, fakeRegExp: Object.create(RegExp.prototype),
  date: new Date(), fakeDate: Object.create(Date.prototype), map: new Map(), set: new Set(), weakMap: new WeakMap(),
  weakSet: new WeakSet(), u8: new Uint8Array(2), f64: new Float64Array(1), i16: new Int16Array(1), buffer: new ArrayBuffer(4),
  view: new DataView(new ArrayBuffer(2)), asyncFn: async () => {}, fn: function () {}, gen: function* () {},
  genObj: (function* () {})(), error: new TypeError('t'), fakeError: Object.create(Error.prototype),
  num: Object(1), str: Object('s'), bool: Object(true), sym: Object(Symbol('q')), big: Object(1n), prim: 1,
  proxy: new Proxy({}, {}), args: (function () { return arguments; })(), nul: null,
};
const checks = ['isPromise', 'isRegExp', 'isDate', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isTypedArray', 'isUint8Array',
  'isFloat64Array', 'isInt16Array', 'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView', 'isAsyncFunction',
  'isGeneratorFunction', 'isGeneratorObject', 'isNativeError', 'isBoxedPrimitive', 'isNumberObject', 'isStringObject',
  'isBooleanObject', 'isSymbolObject', 'isBigIntObject', 'isProxy', 'isArgumentsObject', 'isExternal'];
for (const check of checks) {
  log(check, Object.keys(samples).filter((k) => types[check](samples[k])));
}
