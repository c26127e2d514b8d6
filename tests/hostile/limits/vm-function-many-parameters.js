// hostile: new Function with 100,000 separate parameter names inside a vm context under an 8 s limit (the context's Function is guarded too; Jint alone: 17 s)
// args: --timeout 8000
// exit: 0
// stdout: created function
const vm = require('vm');
const context = vm.createContext({ count: 100000 });
vm.runInContext("const names = Array.from({ length: count }, (_, i) => 'p' + i); globalThis.made = typeof new Function(...names, 'return 1')", context);
console.log('created', context.made);
