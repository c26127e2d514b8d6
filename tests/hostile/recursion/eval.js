// hostile: eval of source that evals itself
// exit: 0
// stdout: caught RangeError
var s = 'eval(s)';
try { eval(s) } catch (e) { console.log('caught', e.name) }
