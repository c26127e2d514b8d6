// Event and EventTarget: listener options, ordering, handleEvent objects, removal and cancelation.
const target = new EventTarget();
const log = [];
function first(e) { log.push(`first ${e.type} ${this === target} ${e.target === target} ${e.currentTarget === target} ${e.eventPhase}`); }
target.addEventListener('ping', first);
target.addEventListener('ping', first);
target.addEventListener('ping', { handleEvent(e) { log.push(`object ${e.type} ${this !== target}`); } });
target.addEventListener('ping', () => log.push('once'), { once: true });
target.addEventListener('ping', () => log.push('capture'), true);
target.addEventListener('ping', null);
console.log(target.dispatchEvent(new Event('ping')));
console.log(target.dispatchEvent(new Event('ping')));
console.log(log.join('\n'));
log.length = 0;
target.removeEventListener('ping', first);
target.removeEventListener('ping', () => {}, true);
target.dispatchEvent(new Event('ping'));
console.log(log.join(' | '));

const t2 = new EventTarget();
t2.addEventListener('x', (e) => { e.preventDefault(); console.log('cancelable', e.cancelable, e.defaultPrevented); });
console.log(t2.dispatchEvent(new Event('x')), t2.dispatchEvent(new Event('x', { cancelable: true })));
t2.addEventListener('y', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
console.log(t2.dispatchEvent(new Event('y', { cancelable: true })));
t2.addEventListener('z', (e) => { console.log('z1'); e.stopImmediatePropagation(); });
t2.addEventListener('z', () => console.log('z2'));
t2.dispatchEvent(new Event('z'));
t2.addEventListener('w', () => { console.log('w1'); t2.addEventListener('w', () => console.log('w-late')); t2.removeEventListener('w', w2); });
function w2() { console.log('w2'); }
t2.addEventListener('w', w2);
t2.dispatchEvent(new Event('w'));
t2.dispatchEvent(new Event('w'));

const controller = new AbortController();
t2.addEventListener('s', () => console.log('signal listener'), { signal: controller.signal });
t2.dispatchEvent(new Event('s'));
controller.abort();
t2.dispatchEvent(new Event('s'));
t2.addEventListener('s', () => console.log('never'), { signal: controller.signal });
t2.dispatchEvent(new Event('s'));

const e = new Event('custom', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted, e.eventPhase, e.target, e.currentTarget,
  e.returnValue, e.cancelBubble, e.srcElement, typeof e.timeStamp, JSON.stringify(e.composedPath()));
e.preventDefault();
console.log(e.defaultPrevented, e.returnValue, Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(target), e instanceof Event, String(new Event(5).type));
for (const call of [() => new Event(), () => target.dispatchEvent({}), () => target.addEventListener('a')]) {
  try { call(); } catch (err) { console.log(err.name, err.code, err.message); }
}
const re = new EventTarget();
re.addEventListener('r', (ev) => { try { re.dispatchEvent(ev); } catch (err) { console.log(err.name, err.code, err.message); } });
re.dispatchEvent(new Event('r'));
class Custom extends EventTarget { fire() { return this.dispatchEvent(new Event('c')); } }
const c = new Custom();
c.addEventListener('c', () => console.log('subclass event'));
console.log(c.fire());
