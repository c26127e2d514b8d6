// require('process') is the global process, which libraries recognise by its toStringTag.
console.log(require('process') === process, require('node:process') === process);
console.log(Object.prototype.toString.call(process));
console.log(Object.getOwnPropertyDescriptor(process, Symbol.toStringTag));
