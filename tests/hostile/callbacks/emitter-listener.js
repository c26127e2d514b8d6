// hostile: a runaway loop in emitter listener
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const E = require('events'); const e = new E(); e.on('x', () => { for (;;) {} }); e.emit('x');
