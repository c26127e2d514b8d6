// hostile: calling the end of a chain of a million binds
// exit: 0
// stdout: caught RangeError
let f = function(){ return 1 }; for (let i = 0; i < 1e6; i++) f = f.bind(null);
try { console.log(f()) } catch (e) { console.log('caught', e.name) }
