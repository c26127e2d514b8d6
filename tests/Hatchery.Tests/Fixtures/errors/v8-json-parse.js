// JSON.parse's SyntaxErrors carry V8's messages, at any depth.
const inputs = ['', ' ', '[1,]', '{"a":1', '{', '[', '[1', '[1 2]', '{"a" 1}', '{"a":}', '{,}', '{"a":1,}', '{a:1}',
  '"abc', '"a\u0001"', '"\\x"', '"\\u12"', '"\\u12g4"', '"abc\\', '"\\u', '-', '-a', '1.', '1.e', '1e', '1e+', '01', '-01',
  '1 2', '[1]x', 'tru', 'true1', 'nulx', 'undefined', 'NaN', 'Infinity', '[object Object]', 'abc',
  '[1,2,3,4,5,6,7,8,9,10,11,]', '{"aaaaaaaaaaaaaaaaaa": x}', 'x123456789012345678901234567890',
  '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,]', '[1,,2]', '+1', '.5', '[-]', '{"a":-}', '"\t"',
  '\u00a0 1', '{"a":"b",}', '[true false]', '{"a":tru}', '{"a":1,"b"}', '{"a"', '{"a":', '[1,', '[1.]', '{"a":1e}',
  '['.repeat(100) + ']'.repeat(99), '['.repeat(100) + '1,' + ']'.repeat(100)];
for (const s of inputs) {
  try {
    JSON.parse(s);
    console.log(JSON.stringify(s), 'ok');
  } catch (e) {
    console.log(JSON.stringify(s.length > 60 ? s.slice(0, 20) + '…' : s), `${e.name}: ${e.message}`);
  }
}
// A reviver's own SyntaxError is not the parser's.
try { JSON.parse('{"a":1}', () => { throw new SyntaxError('mine'); }); } catch (e) { console.log(e.message); }
