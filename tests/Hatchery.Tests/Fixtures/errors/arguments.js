// Node's coded argument errors from the built-in modules: message, code, class and how they print.
const events = require('events');
const os = require('os');
const querystring = require('querystring');
const url = require('url');
const util = require('util');
const { performance, PerformanceEntry } = require('perf_hooks');

const bases = [TypeError, RangeError, URIError, Error];
function check(label, f) {
  try {
    f();
    console.log(`${label}: no throw`);
  } catch (e) {
    const base = bases.find((b) => e.constructor === b);
    console.log(`${label}: ${base ? base.name : 'other'} ${e.code} | ${e}`);
  }
}

// How a received value is described: strings through a validator that wants a function, the rest through one that
// wants a string.
class Foo {}
const received = {
  number: 42, negativeZero: -0, nan: NaN, infinity: -Infinity, big: 1e21, bigint: 12n, boolean: false,
  symbol: Symbol('a symbol with a description longer than the limit'), undefined, null: null,
  string: 'short', quoted: "it's", exact: 'x'.repeat(28), long: 'y'.repeat(29), longQuoted: "it's a long string with a quote in it",
  newline: 'two\nlines', empty: '', fn: function f() {}, arrow: () => {}, cls: class Bar {}, instance: new Foo(), array: [],
  object: {}, nullProto: Object.create(null), nullProtoKeys: Object.create(null, { x: { value: 1, enumerable: true } }),
  map: new Map(), anonymousCtor: { constructor: { name: '' } },
};
for (const [name, value] of Object.entries(received)) {
  check(`received ${name}`, () => (typeof value === 'string' ? util.promisify(value) : url.parse(value)));
}

// Modules that build their errors with the shared helper.
check('url.format number', () => url.format(5));
check('url.format bigint', () => url.format(5n));
check('url.format function', () => url.format(function f() {}));
check('url.format options', () => url.format(new URL('http://a/'), 5));
check('url.format options array', () => url.format(new URL('http://a/'), []));
check('url.fileURLToPath', () => url.fileURLToPath(5));
check('url.fileURLToPath scheme', () => url.fileURLToPath('http://a/'));
check('url.fileURLToPath host', () => url.fileURLToPath('file://host/a'));
check('url.fileURLToPath path', () => url.fileURLToPath('file:///a%2Fb'));
check('url.pathToFileURL', () => url.pathToFileURL({}));
check('new URL()', () => new URL());
check('new URL(bad)', () => new URL('nope'));
check('URL href', () => { new URL('http://a/').href = 'nope'; });
check('URL.createObjectURL', () => URL.createObjectURL('x'));
check('URLSearchParams.append', () => new URLSearchParams().append('a'));
check('URLSearchParams.forEach', () => new URLSearchParams().forEach(5));
check('URLSearchParams tuple', () => new URLSearchParams([[1, 2, 3]]));
check('URLSearchParams iterable', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
check('URLSearchParams this', () => URLSearchParams.prototype.get.call({}, 'a'));
check('querystring.escape', () => querystring.escape('\ud800'));
check('os.getPriority', () => os.getPriority('0'));
check('os.setPriority type', () => os.setPriority(0, null));
check('os.setPriority range', () => os.setPriority(0, 20));
check('os.setPriority integer', () => os.setPriority(1.5, 0));
check('os.setPriority large', () => os.setPriority(2 ** 40, 0));
check('os.userInfo', () => typeof os.userInfo(5).username);
check('performance.measure', () => performance.measure(5));
check('new PerformanceEntry', () => new PerformanceEntry());
check('structuredClone()', () => structuredClone());
check('new Event', () => new Event('e', 5));
check('dispatchEvent', () => new EventTarget().dispatchEvent({}));
check('addEventListener', () => new EventTarget().addEventListener('e'));
check('AbortSignal.timeout type', () => AbortSignal.timeout('1'));
check('AbortSignal.timeout range', () => AbortSignal.timeout(-1));
check('AbortSignal.timeout integer', () => AbortSignal.timeout(0.5));
check('events listener', () => new events.EventEmitter().on('e', 'nope'));
check('events setMaxListeners', () => events.setMaxListeners(-1));
check('events setMaxListeners type', () => events.setMaxListeners('1'));
check('events defaultMaxListeners', () => { events.defaultMaxListeners = NaN; });
check('util.inherits', () => util.inherits(function A() {}, null));
check('util.promisify', () => util.promisify('x'.repeat(40)));
check('util.parseArgs type', () => util.parseArgs({ options: { x: { type: 'number' } } }));
check('util.parseArgs short', () => util.parseArgs({ options: { x: { type: 'string', short: 'xy' } } }));
check('util.parseArgs args', () => util.parseArgs({ args: new Set() }));
check('process.emitWarning', () => process.emitWarning(5));
check('console.Console stream', () => new console.Console({ stdout: 5 }));
check('console.Console indentation', () => new console.Console({ stdout: process.stdout, groupIndentation: 1001 }));
check('module.createRequire', () => require('module').createRequire('relative'));
check('assert.throws', () => require('assert').throws(() => {}, 5));

// A coded error keeps its code in its name line, inspected or printed.
try {
  url.parse(42);
} catch (e) {
  console.log(util.inspect(e).split('\n').filter((line) => !line.startsWith('    at ')).join('\n'));
  console.log(util.inspect({ nested: e }).split('\n').filter((line) => !line.trimStart().startsWith('at ')).join('\n'));
  console.error(e);
}
try {
  new URL('nope', 'also nope');
} catch (e) {
  console.log(Object.keys(e), e.input, e.base);
  console.error(e);
}
