// hostile: require of a .json file nested 5,000 levels deep
// exit: 0
// stdout: innermost [7]
let record = require('./lib/deep.json');
for (let i = 0; i < 5000; i++) record = record.a;
console.log('innermost', JSON.stringify(record));
