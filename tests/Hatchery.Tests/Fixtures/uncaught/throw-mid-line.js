// A statement after another on the same line.
const x = 1; throw new Error('mid ' + x);
