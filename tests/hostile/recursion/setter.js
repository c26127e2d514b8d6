// hostile: a setter that assigns itself
// exit: 0
// stdout: caught RangeError
const o = { set x(v) { this.x = v } };
try { o.x = 1 } catch (e) { console.log('caught', e.name) }
