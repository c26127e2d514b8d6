// hostile: a bound function that binds and calls itself
// exit: 0
// stdout: caught RangeError
function f(){ return f.bind(null)() }
try { f() } catch (e) { console.log('caught', e.name) }
