// hostile: new Function with 100,000 separate parameter names under a 1 s limit (Jint alone joins them quadratically: 20 s)
// args: --timeout 1000
// exit: 0
// stdout: created function
const names = Array.from({ length: 100000 }, (_, i) => 'p' + i);
let f;
try { f = new Function(...names, 'return arguments.length') } catch (e) { console.log('caught', e.name) }
console.log('created', typeof f);
