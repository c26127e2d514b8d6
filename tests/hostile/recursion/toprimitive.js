// hostile: Symbol.toPrimitive that converts this
// exit: 0
// stdout: caught RangeError
const o = { [Symbol.toPrimitive]() { return `${this}` } };
try { `${o}` } catch (e) { console.log('caught', e.name) }
