// hostile: a generator delegating to itself
// exit: 0
// stdout: caught RangeError
function* g(){ yield* g() }
try { g().next() } catch (e) { console.log('caught', e.name) }
