const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
class C extends EventEmitter { constructor() { super(); this.x = 1; } }
console.log(new C());
e.on('a', () => {});
console.log(e);
const o = {}; EventEmitter.call(o); console.log(o);
const shared = Object.create({ _events: { a: 1 } }); shared._events = { own: true }; EventEmitter.call(shared);
console.log(Object.getOwnPropertySymbols(shared).map(String));
console.log(new EventEmitter({ captureRejections: true }));
