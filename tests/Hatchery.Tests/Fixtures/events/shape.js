// The module's shape as Node 20 prints it: keys in order, descriptors, names and lengths of the constructor, its
// prototype and an instance, and the ways a script calls the constructor.
const EventEmitter = require('events');
const util = require('util');

// Not in Hatchery: EventEmitterAsyncResource (async_hooks' AsyncResource); left out of what this fixture compares.
const keys = (o) => Reflect.ownKeys(o).filter((k) => k !== 'EventEmitterAsyncResource');
function describe(o) {
  for (const k of keys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    const kind = 'value' in d ? typeof d.value : `${typeof d.get}/${typeof d.set}`;
    const fn = typeof d.value === 'function' ? ` ${JSON.stringify(d.value.name)}/${d.value.length}` : '';
    console.log(' ', String(k), kind, d.writable, d.enumerable, d.configurable, fn);
  }
}

console.log('module');
describe(EventEmitter);
console.log('prototype');
describe(EventEmitter.prototype);
console.log('same functions', EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener, EventEmitter.EventEmitter === EventEmitter);

const e = new EventEmitter();
console.log('instance', keys(e).map(String), Object.getPrototypeOf(e._events), e._maxListeners);
console.log(util.inspect(e));
console.log(util.inspect(EventEmitter.prototype));
console.log(typeof EventEmitter, EventEmitter.prototype.constructor === EventEmitter, e instanceof EventEmitter);

// Old-style inheritance calls the constructor without new; a class passes new.target.
function Legacy(opts) { EventEmitter.call(this, opts); this.legacy = true; }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const legacy = new Legacy({ captureRejections: true });
console.log('legacy', keys(legacy).map(String), legacy.legacy, util.inspect(legacy).split('\n')[0]);
class Modern extends EventEmitter {
  constructor() { super(); this.modern = 1; }
}
const modern = new Modern();
console.log('modern', Object.getPrototypeOf(modern) === Modern.prototype, keys(modern).map(String));

// An own _events is kept, and shows as shape mode.
const own = Object.create(EventEmitter.prototype);
own._events = { x: () => {} };
own._eventsCount = 1;
EventEmitter.init.call(own);
console.log('own events', Object.keys(own._events), util.inspect(own).includes('[Symbol(shapeMode)]: true'));

// captureRejections follows the prototype's default for later instances.
EventEmitter.captureRejections = true;
console.log('capture', new EventEmitter()[Object.getOwnPropertySymbols(e)[1]], EventEmitter.captureRejections);
EventEmitter.captureRejections = false;
try { EventEmitter.captureRejections = 1; } catch (x) { console.log(x.code, x.message); }
try { new EventEmitter({ captureRejections: 'yes' }); } catch (x) { console.log(x.code, x.message); }

// The constructor calls EventEmitter.init as it is when called.
const init = EventEmitter.init;
EventEmitter.init = function () { this.patched = true; };
console.log('patched init', new EventEmitter().patched);
EventEmitter.init = init;
console.log('restored', Object.keys(new EventEmitter()));

// Emitting on a foreign object, and listeners that are not functions.
const plain = { _events: { go: [() => console.log('go 1'), () => console.log('go 2')] } };
console.log('foreign', EventEmitter.prototype.emit.call(plain, 'go'), EventEmitter.prototype.emit.call({}, 'none'));
try { EventEmitter.prototype.emit.call(undefined, 'x'); } catch (x) { console.log(x.name); }
const bad = new EventEmitter();
bad._events.x = [1];
try { bad.emit('x'); } catch (x) { console.log(x.name); }
