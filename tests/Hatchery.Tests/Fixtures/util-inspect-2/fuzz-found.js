// Differences the inspect fuzzer (tests/inspect-fuzz) found, each as Node 20 prints it.
const util = require('util');
const custom = { [util.inspect.custom](depth, options) { return `custom<${depth},${options.depth}>`; } };
console.log(util.inspect(custom, { depth: null }), util.inspect(custom, { depth: Infinity }), util.inspect([custom], { depth: null }));
console.log(util.inspect(new Proxy([null, 1], {})), util.inspect(new Proxy([0, null], {})), util.inspect(new Proxy([null], {}), { showProxy: true }));
const e = new RangeError('boom', { cause: 1 });
Object.defineProperty(e, 'stack', { value: 'RangeError: boom\n    at f (/v.js:1:1)', writable: true, configurable: true });
console.log(util.inspect(e, { showHidden: true }));
function f() { 'use strict'; } // a sloppy one has V8's own arguments and caller
console.log(util.inspect(f, { showHidden: true }));
class Accessors { constructor() { this.plain = 1; } get computed() { return 42; } }
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(util.inspect(new Accessors(), { showHidden: true }), util.inspect(new Accessors(), { showHidden: true, getters: true }));
console.log(util.inspect(new Tagged(), { showHidden: true }));
console.log(util.inspect([1][Symbol.iterator](), { showHidden: true }), util.inspect(new Map([[1, 2]]).entries(), { showHidden: true }));
console.log(util.inspect(function* gen() {}, { showHidden: true }));
console.log(util.inspect({ get a() { return Math.max; }, b: { c: 1 } }, { getters: true, breakLength: 20 }));
console.log(util.inspect([1e-7, 5e-324, 2.220446049250313e-16, -0.5, 1234.5678, 1e21], { numericSeparator: true }));
console.log(util.inspect(new Float64Array(200), { showHidden: true, numericSeparator: true, maxArrayLength: 0 }));
// Columns of grouped entries are sized by display width: a newline takes none, wide characters two.
console.log(util.inspect(['nested', -18446744073709551616n, {}, true, Symbol('multi\nline'), '', -907, Symbol('desc'), null, -64, 'abc', 'x', 'yz', 1n, 'w', 'q']));
console.log(util.inspect(['中文字', 'ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn', 'op', 'qr', '😀😀', 'st', 'uv', 'wx', 'yz', 'zz', 'é', 'e\u0301']));
