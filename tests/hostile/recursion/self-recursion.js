// hostile: a function that calls itself without end
// exit: 0
// stdout: caught RangeError Maximum call stack size exceeded
function f() { return f() + 1 }
try { f() } catch (e) { console.log('caught', e.name, e.message) }
