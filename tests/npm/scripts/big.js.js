// big.js: arbitrary-precision decimals.
const Big = require('big.js');
console.log(new Big(0.1).plus(0.2).toString(), 0.1 + 0.2);
const x = new Big('123456789.123456789');
console.log(x.times('987654321.987654321').toFixed(10));
console.log(new Big(1).div(3).toString());
Big.DP = 40;
console.log(new Big(2).sqrt().toString());
Big.RM = Big.roundHalfEven;
console.log(new Big('2.5').round().toString(), new Big('3.5').round().toString(), new Big('-2.55').round(1).toString());
console.log(new Big('1e-7').toString(), new Big('1e21').toFixed(), new Big('12.34').toExponential(5), new Big('0.000123').toPrecision(2));
console.log(new Big(2).pow(100).toString(), new Big('-0').toString(), new Big(5).cmp(3), new Big(5).mod(3).toString());
try { new Big('abc'); } catch (e) { console.log(e.name, e.message); }
