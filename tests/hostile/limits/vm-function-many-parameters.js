// hostile: new Function with 16,384 separate parameter names, the most the guard allows, inside a vm context under a 10 s limit (beside the parallel CLI tests a 3 s limit was too tight) (the context's Function is guarded too; Jint alone took 17 s at 100,000, now refused)
// args: --timeout 10000
// exit: 0
// stdout: created function
// stdout: one more SyntaxError: Too many parameters in function definition (only 16384 allowed)
const vm = require('vm');
const context = vm.createContext({ count: 16384 });
vm.runInContext("const names = Array.from({ length: count }, (_, i) => 'p' + i); globalThis.made = typeof new Function(...names, 'return 1')", context);
console.log('created', context.made);
vm.runInContext("try { new Function(...Array.from({ length: 16385 }, (_, i) => 'p' + i), 'return 1') } catch (e) { globalThis.refused = e.name + ': ' + e.message }", context);
console.log('one more', context.refused);
