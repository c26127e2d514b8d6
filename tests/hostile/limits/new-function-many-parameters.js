// hostile: new Function with 100,000 separate parameter names under an 8 s limit: 0.11 s alone, up to seconds beside parallel tests (Jint alone joins them quadratically: 20 s, stopped at the limit)
// args: --timeout 8000
// exit: 0
// stdout: created function
const names = Array.from({ length: 100000 }, (_, i) => 'p' + i);
let f;
try { f = new Function(...names, 'return arguments.length') } catch (e) { console.log('caught', e.name) }
console.log('created', typeof f);
