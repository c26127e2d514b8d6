// papaparse: a UMD bundle; CSV parse with headers, dynamic typing and unparse.
const Papa = require('papaparse');
const result = Papa.parse('id,name,score,ok\n1,"Doe, J",3.5,true\n2,Smith,,false\n3,"Quote ""q""",1e3,TRUE\n', { header: true, dynamicTyping: true, skipEmptyLines: true });
console.log(result.data, result.errors, result.meta.fields, result.meta.delimiter);
console.log(Papa.parse('a|b\n1|2').data, Papa.parse('x\ty\n1\t2').meta.delimiter);
console.log(Papa.parse('a,b\n1,2,3\n4', { header: true }).errors.map((e) => [e.type, e.code, e.row]));
console.log(Papa.unparse([{ a: 1, b: 'x,y' }, { a: 2, b: 'say "hi"' }]));
console.log(Papa.unparse({ fields: ['q'], data: [['line\nbreak']] }, { quotes: true, newline: '\n' }));
let rows = 0;
Papa.parse('1\n2\n3\n', { step: () => rows++, complete: () => console.log('step rows', rows) });
