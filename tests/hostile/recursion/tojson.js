// hostile: toJSON that stringifies this
// exit: 0
// stdout: caught RangeError
const o = { toJSON() { return JSON.stringify(this) } };
try { JSON.stringify(o) } catch (e) { console.log('caught', e.name) }
