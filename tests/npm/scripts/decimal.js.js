// decimal.js: arbitrary-precision arithmetic with configurable precision and rounding.
const Decimal = require('decimal.js');
Decimal.set({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
console.log(Decimal.sqrt(2).toString());
console.log(new Decimal(1).exp().toString());
console.log(Decimal.acos(-1).toString());
console.log(new Decimal('0.1').plus('0.2').toString(), new Decimal(10).pow(-20).toString());
console.log(new Decimal(255).toHexadecimal(), new Decimal('0xff.8').toString(), new Decimal(5).toBinary());
console.log(new Decimal(123.456).toSignificantDigits(4).toString(), new Decimal('1.005').toDecimalPlaces(2).toString());
console.log(Decimal.ln(10).toFixed(20), new Decimal(2).log(8).toString());
console.log(new Decimal(-7).mod(3).toString(), Decimal.max(1, '3', -2).toString(), new Decimal(1).div(0).toString());
