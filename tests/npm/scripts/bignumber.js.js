// bignumber.js: arbitrary precision decimals, rounding modes, bases.
const BigNumber = require('bignumber.js');
const x = new BigNumber('123456789.123456789');
console.log(x.times('987654321.987654321').toString(), new BigNumber(0.1).plus(0.2).toString(), new BigNumber(2).pow(100).toFixed());
console.log(new BigNumber(1).div(3).toFixed(30), new BigNumber('255').toString(16), new BigNumber('ff', 16).toNumber(), x.decimalPlaces(2, BigNumber.ROUND_DOWN).toFormat());
const B = BigNumber.clone({ DECIMAL_PLACES: 5 }); console.log(new B(2).sqrt().toString(), new BigNumber(NaN).isNaN(), new BigNumber(-0).isNegative());
