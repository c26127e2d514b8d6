// fraction.js: exact rational arithmetic, repeating decimals, simplification.
const Fraction = require('fraction.js');
const a = new Fraction('1/3'), b = new Fraction(0.125);
console.log(a.add(b).toFraction(), a.mul(3).toString(), new Fraction('0.(3)').toFraction(), new Fraction(1, 7).toString());
console.log(new Fraction(7, 3).toFraction(true), a.div(b).valueOf(), new Fraction(0.3333).simplify(0.001).toFraction(), a.compare(b), new Fraction(-1.75).toLatex());
