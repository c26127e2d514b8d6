// yargs-parser: flags, aliases, arrays, numbers, coercion and dot notation.
const parse = require('yargs-parser');
console.log(JSON.stringify(parse(['--foo', 'bar', '-abc', '--num', '42', 'pos', '--no-color', '--x.y', '3', '--list', 'a', 'b'], { array: ['list'], alias: { f: 'foo' } })));
console.log(JSON.stringify(parse('--str 007 -- --rest', { string: ['str'], configuration: { 'populate--': true } })));
console.log(JSON.stringify(parse.detailed('--a=1 --a=2', { configuration: { 'duplicate-arguments-array': true } }).argv));
