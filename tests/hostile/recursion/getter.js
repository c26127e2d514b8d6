// hostile: a getter that reads itself
// exit: 0
// stdout: caught RangeError
const o = { get x() { return this.x } };
try { o.x } catch (e) { console.log('caught', e.name) }
