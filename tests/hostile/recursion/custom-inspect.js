// hostile: a custom inspect that inspects this
// exit: 0
// stdout: caught RangeError
const util = require('util');
const o = { [util.inspect.custom]() { return util.inspect(this) } };
try { util.inspect(o) } catch (e) { console.log('caught', e.name) }
