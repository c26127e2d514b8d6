namespace Hatchery.Tests.Node;

/// <summary>
/// util.inspect through console.log/console.dir. Every expected string was produced by running the same
/// script under Node 20; error stacks are assigned in the scripts because V8 and Jint frames differ.
/// </summary>
public class InspectTests
{
    [Theory]
    [InlineData("console.log(['a', \"it's\", 'say \"hi\" it\\'s', 'a\\'b\"c`d', 'x${y}\\'\"'])", "[ 'a', \"it's\", `say \"hi\" it's`, 'a\\'b\"c`d', 'x${y}\\'\"' ]\n")]
    [InlineData("console.log(['tab\\there', 'nl\\nx', 'back\\\\slash', '\\x00\\x1b\\x7f\\x9f', '\\u00e9\\u{1F600}'])", "[ 'tab\\there', 'nl\\nx', 'back\\\\slash', '\\x00\\x1B\\x7F\\x9F', 'é😀' ]\n")]
    [InlineData("console.dir(\"top 'level'\"); console.dir('plain')", "\"top 'level'\"\n'plain'\n")]
    [InlineData("console.log([1, 'a', [2]])", "[ 1, 'a', [ 2 ] ]\n")]
    [InlineData("console.log({ k: 'v', n: { m: 1 } })", "{ k: 'v', n: { m: 1 } }\n")]
    [InlineData("console.log({ a: { b: { c: { d: 1 } } } }, [[[[1]]]])", "{ a: { b: { c: [Object] } } } [ [ [ [Array] ] ] ]\n")]
    [InlineData("console.log({ a: { b: { c: {} } } }, [[[]]])", "{ a: { b: { c: {} } } } [ [ [] ] ]\n")]
    [InlineData("console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null })", "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}\n")]
    [InlineData("console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 })", "{ a: [Object] }\n")]
    [InlineData("console.log(new Map([['a', 1]]), new Set([1, 2]), new Map(), new Set())", "Map(1) { 'a' => 1 } Set(2) { 1, 2 } Map(0) {} Set(0) {}\n")]
    [InlineData("console.log(new Map([[{ a: 1 }, new Set([[1, 2]])], ['k', new Map([['x', { y: { z: 1 } }]])]]))", "Map(2) {\n  { a: 1 } => Set(1) { [ 1, 2 ] },\n  'k' => Map(1) { 'x' => { y: [Object] } }\n}\n")]
    [InlineData("function named() {} console.log(named, function () {}, () => {}, [named])", "[Function: named] [Function (anonymous)] [Function (anonymous)] [ [Function: named] ]\n")]
    [InlineData("class C {} class D extends C {} console.log(C, D, class extends D {}, [C])", "[class C] [class D extends C] [class (anonymous) extends D] [ [class C] ]\n")]
    [InlineData("console.log(async function af() {}, function* gen() {}, async () => {}, Math.max, function f() {}.bind(null))", "[AsyncFunction: af] [GeneratorFunction: gen] [AsyncFunction (anonymous)] [Function: max] [Function: bound f]\n")]
    [InlineData("function withProps() {} withProps.x = 1; withProps.nested = { y: [1] }; console.log(withProps)", "[Function: withProps] { x: 1, nested: { y: [ 1 ] } }\n")]
    [InlineData("class Tagged { static count = 2 } console.log(Tagged)", "[class Tagged] { count: 2 }\n")]
    [InlineData("console.log([Symbol('s'), Symbol(), 10n, -0, 0, NaN, Infinity, -1.5e-7, 1e21, null, undefined, true])", "[\n  Symbol(s), Symbol(),\n  10n,       -0,\n  0,         NaN,\n  Infinity,  -1.5e-7,\n  1e+21,     null,\n  undefined, true\n]\n")]
    [InlineData("console.log(Symbol('top'), 10n, -0, null, undefined)", "Symbol(top) 10n -0 null undefined\n")]
    [InlineData("console.log([, 1, , , 2, , ], new Array(5), [1, , 3])", "[ <1 empty item>, 1, <2 empty items>, 2, <1 empty item> ] [ <5 empty items> ] [ 1, <1 empty item>, 3 ]\n")]
    [InlineData("const a = [1, 2]; a[10] = 3; a.extra = 'x'; console.log(a)", "[ 1, 2, <8 empty items>, 3, extra: 'x' ]\n")]
    [InlineData("const o = { name: 'o' }; o.self = o; o.list = [o, { back: o }]; console.log(o)", "<ref *1> {\n  name: 'o',\n  self: [Circular *1],\n  list: [ [Circular *1], { back: [Circular *1] } ]\n}\n")]
    [InlineData("const a = { id: 'a' }; const b = { id: 'b', a }; a.b = b; b.self = b; console.log([a, b])", "[\n  <ref *1> {\n    id: 'a',\n    b: <ref *2> { id: 'b', a: [Circular *1], self: [Circular *2] }\n  },\n  <ref *2> {\n    id: 'b',\n    a: <ref *1> { id: 'a', b: [Circular *2] },\n    self: [Circular *2]\n  }\n]\n")]
    [InlineData("const m = new Map(); m.set('me', m); console.log(m)", "<ref *1> Map(1) { 'me' => [Circular *1] }\n")]
    [InlineData("const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)\\n    at bar (file.js:2:2)'; console.log(e)", "Error: boom\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)\n")]
    [InlineData("const e = new Error('boom'); e.code = 'X'; e.stack = 'Error: boom\\n    at foo (file.js:1:1)'; console.log(e); console.log({ e })", "Error: boom\n    at foo (file.js:1:1) {\n  code: 'X'\n}\n{\n  e: Error: boom\n      at foo (file.js:1:1) {\n    code: 'X'\n  }\n}\n")]
    [InlineData("const e = new Error('nostack'); e.stack = ''; console.log(e, [e])", "[Error: nostack] [ [Error: nostack] ]\n")]
    [InlineData("const e = new TypeError('typed'); e.stack = 'TypeError: typed'; e.code = 'ERR_X'; console.log(e)", "[TypeError: typed] { code: 'ERR_X' }\n")]
    [InlineData("class MyError extends Error {} const e = new MyError('m'); e.stack = 'Error: m\\n    at x (y.js:1:1)'; console.log(e)", "MyError: m\n    at x (y.js:1:1)\n")]
    [InlineData("class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; this.field = 'age'; } } const e = new ValidationError('bad'); e.stack = 'ValidationError: bad\\n    at v (v.js:3:4)'; console.log(e)", "ValidationError: bad\n    at v (v.js:3:4) {\n  field: 'age'\n}\n")]
    [InlineData("const e = new Error('outer', { cause: 'inner' }); e.stack = 'Error: outer\\n    at o (o.js:1:1)'; console.log(e)", "Error: outer\n    at o (o.js:1:1) {\n  [cause]: 'inner'\n}\n")]
    [InlineData("console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 1 })", "{\n  alpha: 'aaaaaaaaaa',\n  beta: 'bbbbbbbbbb',\n  gamma: 'cccccccccc',\n  delta: 'dddddddddd',\n  epsilon: 1\n}\n")]
    [InlineData("console.log([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7])", "[ 1, 2, 3, 4, 5, 6 ] [\n  1, 2, 3, 4,\n  5, 6, 7\n]\n")]
    [InlineData("console.log(Array.from({ length: 30 }, (_, i) => i * 3))", "[\n   0,  3,  6,  9, 12, 15, 18, 21, 24,\n  27, 30, 33, 36, 39, 42, 45, 48, 51,\n  54, 57, 60, 63, 66, 69, 72, 75, 78,\n  81, 84, 87\n]\n")]
    [InlineData("console.log(Array.from({ length: 120 }, (_, i) => i))", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]\n")]
    [InlineData("console.log(Array.from({ length: 101 }, (_, i) => 'item' + i))", "[\n  'item0',  'item1',  'item2',  'item3',  'item4',  'item5',\n  'item6',  'item7',  'item8',  'item9',  'item10', 'item11',\n  'item12', 'item13', 'item14', 'item15', 'item16', 'item17',\n  'item18', 'item19', 'item20', 'item21', 'item22', 'item23',\n  'item24', 'item25', 'item26', 'item27', 'item28', 'item29',\n  'item30', 'item31', 'item32', 'item33', 'item34', 'item35',\n  'item36', 'item37', 'item38', 'item39', 'item40', 'item41',\n  'item42', 'item43', 'item44', 'item45', 'item46', 'item47',\n  'item48', 'item49', 'item50', 'item51', 'item52', 'item53',\n  'item54', 'item55', 'item56', 'item57', 'item58', 'item59',\n  'item60', 'item61', 'item62', 'item63', 'item64', 'item65',\n  'item66', 'item67', 'item68', 'item69', 'item70', 'item71',\n  'item72', 'item73', 'item74', 'item75', 'item76', 'item77',\n  'item78', 'item79', 'item80', 'item81', 'item82', 'item83',\n  'item84', 'item85', 'item86', 'item87', 'item88', 'item89',\n  'item90', 'item91', 'item92', 'item93', 'item94', 'item95',\n  'item96', 'item97', 'item98', 'item99',\n  ... 1 more item\n]\n")]
    [InlineData("console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew'])", "[\n  'apple',\n  'banana',\n  'cherry',\n  'date',\n  'elderberry',\n  'fig',\n  'grape',\n  'honeydew'\n]\n")]
    [InlineData("console.log([1, 'two', 3, 'four', 5, 'six', 7])", "[\n  1, 'two',\n  3, 'four',\n  5, 'six',\n  7\n]\n")]
    [InlineData("console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)))", "[\n  'a',     'bb',    'ccc',   'dddd',\n  'eeeee', 'f',     'gg',    'hhh',\n  'iiii',  'jjjjj', 'k',     'll',\n  'mmm',   'nnnn',  'ooooo', 'p',\n  'qq',    'rrr',   'ssss',  'ttttt',\n  'u',     'vv',    'www',   'xxxx',\n  'yyyyy', 'z'\n]\n")]
    [InlineData("console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }, { a: 11, b: 12 }, { a: 13, b: 14 }])", "[\n  { a: 1, b: 2 },\n  { a: 3, b: 4 },\n  { a: 5, b: 6 },\n  { a: 7, b: 8 },\n  { a: 9, b: 10 },\n  { a: 11, b: 12 },\n  { a: 13, b: 14 }\n]\n")]
    [InlineData("console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 5 }); console.dir({ x: [{ y: [{ z: 1 }] }] }, { depth: 5 })", "{\n  a: { b: { c: { d: 1 } } }\n}\n{\n  x: [\n    { y: [ { z: 1 } ] }\n  ]\n}\n")]
    [InlineData("console.log({ a: 1, b: { c: { d: 2 } }, e: 3 }, { list: [[1, 2], [3, 4]] })", "{ a: 1, b: { c: { d: 2 } }, e: 3 } { list: [ [ 1, 2 ], [ 3, 4 ] ] }\n")]
    [InlineData("console.log([['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'], 'cccccccccccccccccccccccc'])", "[\n  [\n    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'\n  ],\n  'cccccccccccccccccccccccc'\n]\n")]
    [InlineData("console.log(['aaaaaaaaaaaaaaaaaaaaaaa\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'])", "[\n  'aaaaaaaaaaaaaaaaaaaaaaa\\n' +\n    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'\n]\n")]
    [InlineData("console.log({ text: 'line one is here\\nline two is here\\nline three is here and it is long enough to wrap' })", "{\n  text: 'line one is here\\n' +\n    'line two is here\\n' +\n    'line three is here and it is long enough to wrap'\n}\n")]
    [InlineData("console.log(new Set(Array.from({ length: 102 }, (_, i) => i)))", "Set(102) {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n  49,\n  50,\n  51,\n  52,\n  53,\n  54,\n  55,\n  56,\n  57,\n  58,\n  59,\n  60,\n  61,\n  62,\n  63,\n  64,\n  65,\n  66,\n  67,\n  68,\n  69,\n  70,\n  71,\n  72,\n  73,\n  74,\n  75,\n  76,\n  77,\n  78,\n  79,\n  80,\n  81,\n  82,\n  83,\n  84,\n  85,\n  86,\n  87,\n  88,\n  89,\n  90,\n  91,\n  92,\n  93,\n  94,\n  95,\n  96,\n  97,\n  98,\n  99,\n  ... 2 more items\n}\n")]
    [InlineData("console.log(new Date(0), [new Date(1e12)], new Date(NaN), /a\\/b/gi, [/x/])", "1970-01-01T00:00:00.000Z [ 2001-09-09T01:46:40.000Z ] Invalid Date /a\\/b/gi [ /x/ ]\n")]
    [InlineData("console.log([new String('ab'), new Number(-0), new Boolean(true), Object(Symbol('z')), Object(3n)], new String('top'))", "[\n  [String: 'ab'],\n  [Number: -0],\n  [Boolean: true],\n  [Symbol: Symbol(z)],\n  [BigInt: 3n]\n] [String: 'top']\n")]
    [InlineData("const s = new String('hi'); s.extra = 1; console.log(s)", "[String: 'hi'] { extra: 1 }\n")]
    [InlineData("console.log({ get a() { return 1 }, set b(v) {}, get c() { return 1 }, set c(v) {} })", "{ a: [Getter], b: [Setter], c: [Getter/Setter] }\n")]
    [InlineData("console.log({ 'a-b': 1, $x: 2, _y: 3, 7: 4, [Symbol('k')]: 5, 'has space': 6, [Symbol.iterator]: 7, valid_1: 8, '': 9 })", "{\n  '7': 4,\n  'a-b': 1,\n  '$x': 2,\n  _y: 3,\n  'has space': 6,\n  valid_1: 8,\n  '': 9,\n  [Symbol(k)]: 5,\n  [Symbol(Symbol.iterator)]: 7\n}\n")]
    [InlineData("class Foo { constructor() { this.x = 1; } method() {} } class Bar extends Foo {} console.log(new Foo(), new Bar(), [new (class {})()])", "Foo { x: 1 } Bar { x: 1 } [ {} ]\n")]
    [InlineData("console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }), Object.create(Object.create(null)))", "[Object: null prototype] {} [Object: null prototype] { a: 1 } Object <[Object: null prototype] {}> {}\n")]
    [InlineData("console.log(new Uint8Array([1, 2, 3]), new Float64Array(0), new BigInt64Array([5n]), new Int16Array(8))", "Uint8Array(3) [ 1, 2, 3 ] Float64Array(0) [] BigInt64Array(1) [ 5n ] Int16Array(8) [\n  0, 0, 0, 0,\n  0, 0, 0, 0\n]\n")]
    [InlineData("console.log(new ArrayBuffer(3), new DataView(new ArrayBuffer(2)), [new Uint8Array(2).buffer])", "ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 } DataView {\n  byteLength: 2,\n  byteOffset: 0,\n  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\n} [ ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } ]\n")]
    [InlineData("console.log(Promise.resolve(1), Promise.resolve({ a: [1] }), new Promise(() => {}))", "Promise { 1 } Promise { { a: [ 1 ] } } Promise { <pending> }\n")]
    [InlineData("const p = Promise.reject(new Error('no')); p.catch(() => {}); const q = Promise.reject(3); q.catch(() => {}); console.log(q)", "Promise { <rejected> 3 }\n")]
    [InlineData("console.log(new WeakMap(), new WeakSet(), [new WeakMap()])", "WeakMap { <items unknown> } WeakSet { <items unknown> } [ WeakMap { <items unknown> } ]\n")]
    [InlineData("console.log({ [Symbol.toStringTag]: 'T', a: 1 }, new (class Z { get [Symbol.toStringTag]() { return 'Tg' } })())", "{ a: 1, [Symbol(Symbol.toStringTag)]: 'T' } Z [Tg] {}\n")]
    [InlineData("(function () { console.log(arguments) })(1, 'two')", "[Arguments] { '0': 1, '1': 'two' }\n")]
    [InlineData("console.log({ __proto__: { inherited: 1 }, own: 2 }, { ['__proto__']: 5 })", "{ own: 2 } { ['__proto__']: 5 }\n")]
    [InlineData("console.log({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom!' } }, [{ [Symbol.for('nodejs.util.inspect.custom')](depth) { return { depth } } }])", "custom! [ { depth: 1 } ]\n")]
    [InlineData("console.log({ empty: {}, arr: [], map: new Map(), set: new Set(), fn() {} })", "{\n  empty: {},\n  arr: [],\n  map: Map(0) {},\n  set: Set(0) {},\n  fn: [Function: fn]\n}\n")]
    [InlineData("console.dir(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 })", "[ 0, 1, 2, ... 7 more items ]\n")]
    [InlineData("console.dir({ c: 1, a: { z: 1, y: 2 }, b: 2 }, { sorted: true })", "{ a: { y: 2, z: 1 }, b: 2, c: 1 }\n")]
    [InlineData("console.dir({ a: 1, b: { c: 2 } }, { compact: false })", "{\n  a: 1,\n  b: {\n    c: 2\n  }\n}\n")]
    [InlineData("console.dir({ a: 1, b: { c: 2 }, arr: [1, 2, 3] }, { compact: true })", "{ a: 1, b: { c: 2 }, arr: [ 1, 2, 3 ] }\n")]
    [InlineData("console.dir({ alpha: 1, beta: 2, gamma: 3 }, { breakLength: 20 })", "{\n  alpha: 1,\n  beta: 2,\n  gamma: 3\n}\n")]
    [InlineData("console.dir([1, 2], { showHidden: true }); console.dir({ hidden: 1 }, { showHidden: false })", "[ 1, 2, [length]: 2 ]\n{ hidden: 1 }\n")]
    [InlineData("console.dir('x'.repeat(30), { maxStringLength: 10 })", "'xxxxxxxxxx'... 20 more characters\n")]
    public void PrintsValuesAsNodeDoes(string script, string expected)
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate(script);
            Assert.Equal("", output.Error);
            Assert.Equal(expected, output.Out);
        }
    }

    [Fact]
    public void ErrorWithEngineStackStartsWithNameAndMessageThenFrames()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("function thrower() { const e = new RangeError('bad range'); e.code = 'E_RANGE'; throw e; }\ntry { thrower(); } catch (e) { console.log(e); }");
            Assert.Matches(@"^RangeError: bad range\n    at thrower \(.+:1:\d+\)\n    at .+ \{\n  code: 'E_RANGE'\n\}\n$", output.Out);
        }
    }

    [Fact]
    public void NestedErrorIsIndentedWithItsContainer()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("function make() { return new Error('inner'); }\nconsole.log({ err: make() });");
            Assert.Matches(@"^\{\n  err: Error: inner\n      at make \(.+\)\n      at .+\n\}\n$", output.Out);
        }
    }

    [Fact]
    public void HostInspectUsesTheSameRules()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var value = runtime.Evaluate("({ s: 'x', list: [1, 2], m: new Map([[1, { deep: { deeper: {} } }]]) })");
            Assert.Equal("{ s: 'x', list: [ 1, 2 ], m: Map(1) { 1 => { deep: [Object] } } }", runtime.Inspect(value));
            Assert.Equal("'top'", runtime.Inspect("top"));
        }
    }
}
