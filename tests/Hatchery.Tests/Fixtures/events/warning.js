const EventEmitter = require('events');
class Foo extends EventEmitter {}
const f = new Foo();
for (let i = 0; i < 11; i++) f.on('leak', () => {});
for (let i = 0; i < 12; i++) f.on('leak', () => {});
const e = new EventEmitter();
e.setMaxListeners(2);
const s = Symbol('t');
for (let i = 0; i < 3; i++) e.on(s, () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('many', () => {});
console.log('sync end');
