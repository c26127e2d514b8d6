// bytes: formatting and parsing byte sizes.
const bytes = require('bytes');
console.log(bytes(1024), bytes(1000), bytes(1024 * 1024 * 1.5, { decimalPlaces: 3 }), bytes(5e12, { unitSeparator: ' ' }), bytes(1234567, { thousandsSeparator: ',', unit: 'B' }));
console.log(bytes('1KB'), bytes.parse('2.5mb'), bytes('1 TB'), bytes.parse('nope'), bytes(-3000));
