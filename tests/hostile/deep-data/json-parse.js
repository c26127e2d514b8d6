// hostile: JSON.parse of a 1,000,000-deep array and of a 1,000-deep object (Node parses both)
// exit: 0
// stdout: depth 1000000
// stdout: object [1,"x\nA",true,null,-1500,{}]
// stdout: too deep SyntaxError Expected ',' or ']' after array element in JSON at position 199
const text = '['.repeat(1e6) + ']'.repeat(1e6);
let value = JSON.parse(text), depth = 1;
while (value.length) { value = value[0]; depth++ }
console.log('depth', depth);
let record = JSON.parse('{"a":'.repeat(1000) + '[1,"x\\n\\u0041",true,null,-1.5e3,{}]' + '}'.repeat(1000));
for (let i = 0; i < 1000; i++) record = record.a;
console.log('object', JSON.stringify(record));
try { JSON.parse('['.repeat(100) + ']'.repeat(99)) } catch (e) { console.log('too deep', e.name, e.message) }
