// A string throw after another statement on the line.
const x = 1; throw 'mid ' + x; const y = 2;
