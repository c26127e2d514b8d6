// hostile: new Function with 16,384 separate parameter names, the most the guard allows, under a 10 s limit (beside the parallel CLI tests a 3 s limit was too tight) (Jint alone: 0.2 s here, 20 s at 100,000, which the guard refuses: new-function-too-many-parameters.js)
// args: --timeout 10000
// exit: 0
// stdout: created function
const names = Array.from({ length: 16384 }, (_, i) => 'p' + i);
let f;
try { f = new Function(...names, 'return arguments.length') } catch (e) { console.log('caught', e.name) }
console.log('created', typeof f);
