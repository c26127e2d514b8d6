// eventemitter3: a conditional "exports" map (import → index.mjs wrapper, require → index.js).
const EventEmitter = require('eventemitter3');
const e = new EventEmitter();
const log = [];
const ctx = { name: 'ctx' };
e.on('data', function (a, b) { log.push(['on', a, b, this.name]); }, ctx);
e.once('data', (a) => log.push(['once', a]));
e.on(Symbol.for('sym'), () => log.push(['symbol']));
console.log(e.emit('data', 1, 2), e.emit('data', 3), e.emit('none'), e.emit(Symbol.for('sym')));
console.log(e.listenerCount('data'), e.eventNames());
e.removeAllListeners('data');
console.log(e.listenerCount('data'), JSON.stringify(log), typeof EventEmitter.EventEmitter, EventEmitter.prefixed);
