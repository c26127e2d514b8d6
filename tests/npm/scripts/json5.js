// json5: parse and stringify JSON5.
const JSON5 = require('json5');
console.log(JSON5.parse(`{
  // comments
  unquoted: 'and you can quote me on that',
  singleQuotes: 'I can use "double quotes" here',
  lineBreaks: "Look, Mom! \\
No \\\\n's!",
  hexadecimal: 0xdecaf,
  leadingDecimalPoint: .8675309, andTrailing: 8675309.,
  positiveSign: +1,
  trailingComma: 'in objects', andIn: ['arrays',],
  "backwardsCompatible": "with JSON",
  infinity: -Infinity, nan: NaN,
}`));
console.log(JSON5.stringify({ a: 1, 'b-c': [1, 'x\'y'], d: { e: null } }, null, 2));
console.log(JSON5.stringify('\u2028', { quote: '"' }), JSON5.parse('"\\u0041\\x42"'));
try { JSON5.parse('{a: }'); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }
