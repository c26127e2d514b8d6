// numeral: number formatting and unformatting.
const numeral = require('numeral');
const formats = ['0,0', '0,0.00', '0.0a', '0b', '0ib', '0%', '$0,0.00', '(0,0)', '+0.0', '00:00:00', '0o', '0.00e+0', '0[.]00'];
for (const value of [1234567.891, -0.125, 0, 3725]) console.log(value, formats.map((f) => numeral(value).format(f)).join(' | '));
console.log(numeral('1.2k').value(), numeral('$1,000.50').value(), numeral('45%').value(), numeral('3.5MB').value());
numeral.register('locale', 'xx', { delimiters: { thousands: ' ', decimal: ',' }, abbreviations: { thousand: 'k', million: 'M', billion: 'G', trillion: 'T' }, ordinal: () => 'e', currency: { symbol: '€' } });
numeral.locale('xx');
console.log(numeral(1234.5).format('0,0.00 $'), numeral(2).format('0o'));
console.log(numeral(10).add(0.1).multiply(3).value(), numeral(1).difference(0.3));
