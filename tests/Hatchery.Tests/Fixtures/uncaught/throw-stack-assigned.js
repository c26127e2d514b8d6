// An error whose stack was replaced prints that text when thrown.
const e = new RangeError('x');
e.stack = 'RangeError: custom\n    at somewhere (file.js:1:1)';
throw e;
