// hostile: inside a vm context, a join longer than the longest string is the context's catchable RangeError at once, as in the main realm
// args: --timeout 60000
// exit: 0
// stdout: RangeError Invalid string length true
const vm = require('vm');
const context = vm.createContext({});
console.log(vm.runInContext("try { Array(2 ** 31).join('ab') } catch (e) { [e.name, e.message, e instanceof RangeError].join(' ') }", context));
