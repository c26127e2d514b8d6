// hostile: unbounded recursion inside a vm context
// exit: 0
// stdout: caught RangeError
const vm = require('vm');
try { vm.runInNewContext('function r() { return r(); } r()') } catch (e) { console.log('caught', e.name) }
