// hostile: Reflect.apply of itself
// exit: 0
// stdout: caught RangeError
function f(){ return Reflect.apply(f, null, []) }
try { f() } catch (e) { console.log('caught', e.name) }
