// hostile: JSON.parse of a 1,000,000-deep array with a reviver, which recurses (Node: RangeError)
// exit: 0
// stdout: caught RangeError Maximum call stack size exceeded
// stdout: revived [2,"x",4]
const text = '['.repeat(1e6) + ']'.repeat(1e6);
try { JSON.parse(text, (k, v) => v); console.log('revived all') } catch (e) { console.log('caught', e.name, e.message) }
let record = JSON.parse('{"a":'.repeat(200) + '[1,"x",2]' + '}'.repeat(200), (k, v) => typeof v === 'number' ? v * 2 : v);
for (let i = 0; i < 200; i++) record = record.a;
console.log('revived', JSON.stringify(record));
