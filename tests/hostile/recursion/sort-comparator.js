// hostile: a sort comparator that sorts again
// exit: 0
// stdout: caught RangeError
function s(){ [2,1].sort(() => s()) }
try { s() } catch (e) { console.log('caught', e.name) }
