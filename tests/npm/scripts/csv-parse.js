// csv-parse/sync: an "exports" map whose require condition points at a .cjs file.
const { parse } = require('csv-parse/sync');
const input = 'name,age,city\n"Smith, John",42,"New\nYork"\nJane,,"She said ""hi"""\n# comment\nBob,7,Paris\n';
console.log(parse(input, { columns: true, comment: '#', skip_empty_lines: true, cast: true }));
console.log(parse('a;b;c\n1;2;3\n', { delimiter: ';', from_line: 2 }));
console.log(parse(' x , y \n', { trim: true, info: true }));
try { parse('a,b\n1,2,3\n'); } catch (e) { console.log(e.code, e.message); }
console.log(require.resolve('csv-parse/sync').split('node_modules/')[1]);
