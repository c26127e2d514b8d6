const EventEmitter = require('events');
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));

log('exports', EventEmitter === require('node:events'), EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter);
const e = new EventEmitter();
log('keys', Object.keys(e), e._eventsCount, e.getMaxListeners(), EventEmitter.defaultMaxListeners);

e.on('a', (x, y) => log('a1', x, y));
e.addListener('a', function (x) { log('a2', x, this === e); });
e.prependListener('a', () => log('a0'));
log('emit', e.emit('a', 1, 2), e.emit('nothing'));
log('count', e.listenerCount('a'), EventEmitter.listenerCount(e, 'a'), e.eventNames());

let n = 0;
e.once('o', (v) => { n += v; });
e.prependOnceListener('o', (v) => log('first once', v));
e.emit('o', 5); e.emit('o', 5);
log('once', n, e.listenerCount('o'));

const f = () => log('f');
e.on('r', f); e.on('r', f);
log('before off', e.listenerCount('r', f));
e.off('r', f);
log('after off', e.listenerCount('r'));
e.removeListener('r', f);
log('removed', e.listenerCount('r'), e.eventNames());

function g() {}
e.once('w', g);
const raw = e.rawListeners('w');
log('raw', raw.length, raw[0] === g, raw[0].listener === g, e.listeners('w')[0] === g);
raw[0]();
log('after raw call', e.listenerCount('w'));

const events = [];
const m = new EventEmitter();
m.on('newListener', (name, l) => events.push(['new', String(name), l.name]));
m.on('removeListener', (name, l) => events.push(['remove', String(name), l.name]));
function h1() {}
function h2() {}
m.on('x', h1); m.once('y', h2); m.emit('y');
m.removeAllListeners('x');
log('meta', events);
events.length = 0;
m.on('z', h1); m.on('z', h2);
m.removeAllListeners();
log('removeAll', events, m.eventNames(), m._eventsCount);

const k = new EventEmitter();
const sym = Symbol('s');
k.on(sym, () => {}); k.on('b', () => {});
log('names', k.eventNames().map(String));
k.removeAllListeners('b');
log('names2', k.eventNames().map(String));
log('chain', k.on('c', () => {}) === k, k.off('c', () => {}) === k, k.setMaxListeners(3) === k, k.getMaxListeners());

// Listeners added during emit do not run in that emit.
const d = new EventEmitter();
d.on('t', () => { log('t1'); d.on('t', () => log('late')); });
d.emit('t');
log('late count', d.listenerCount('t'));

class Foo extends EventEmitter {
  constructor() { super(); this.x = 1; }
}
const foo = new Foo();
foo.on('hi', function () { log('foo hi', this.x, this instanceof Foo, this instanceof EventEmitter); });
foo.emit('hi');

const util = require('util');
function Old() { EventEmitter.call(this); }
util.inherits(Old, EventEmitter);
const old = new Old();
old.on('z', (v) => log('old', v, Old.super_ === EventEmitter));
old.emit('z', 9);
log('getEventListeners', EventEmitter.getEventListeners(old, 'z').length, EventEmitter.getMaxListeners(old));
EventEmitter.setMaxListeners(4, old);
log('static setMax', old.getMaxListeners());
