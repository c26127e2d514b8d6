// hostile: toString that converts this to a string
// exit: 0
// stdout: caught RangeError
const o = { toString() { return String(this) } };
try { String(o) } catch (e) { console.log('caught', e.name) }
