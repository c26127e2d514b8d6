// A SyntaxError in a required file.
console.log('before');
require('./lib/broken.cjs');
