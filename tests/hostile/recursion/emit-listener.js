// hostile: a listener that emits its own event
// exit: 0
// stdout: caught RangeError
const E = require('events'); const e = new E(); e.on('x', () => e.emit('x'));
try { e.emit('x') } catch (err) { console.log('caught', err.name) }
