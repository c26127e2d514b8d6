// hostile: new Function that builds and calls another each level
// exit: 0
// stdout: caught RangeError
function f(){ return new Function('f', 'return f(f)')(f) }
try { f() } catch (e) { console.log('caught', e.name) }
