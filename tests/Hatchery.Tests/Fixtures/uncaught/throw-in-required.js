// An error thrown from inside a required module: the source line is the module's.
const thrower = require('./lib/thrower.cjs');
thrower.fail();
