// hostile: a replace callback that replaces again
// exit: 0
// stdout: caught RangeError
function r(){ return 'a'.replace(/a/, () => r()) }
try { r() } catch (e) { console.log('caught', e.name) }
