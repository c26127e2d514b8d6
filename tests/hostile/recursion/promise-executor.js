// hostile: a Promise executor that makes another promise each level
// exit: 1
// stderr: RangeError: Maximum call stack size exceeded
function f(){ return new Promise(() => f()) }
try { f() } catch (e) { console.log('caught', e.name) }
