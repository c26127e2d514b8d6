// hostile: two functions calling each other
// exit: 0
// stdout: caught RangeError
function a(n){ return b(n)+1 } function b(n){ return a(n)+1 }
try { a(0) } catch (e) { console.log('caught', e.name) }
