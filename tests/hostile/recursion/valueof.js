// hostile: valueOf that converts this to a number
// exit: 0
// stdout: caught RangeError
const o = { valueOf() { return +this } };
try { +o } catch (e) { console.log('caught', e.name) }
