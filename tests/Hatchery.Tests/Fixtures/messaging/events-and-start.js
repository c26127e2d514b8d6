console.log(typeof MessageEvent, typeof CustomEvent, typeof BroadcastChannel);
const ce = new CustomEvent('x', { detail: { a: 1 } });
console.log(ce.type, ce.detail, ce instanceof Event, String(ce), Object.prototype.toString.call(ce));
console.log(new CustomEvent('y').detail);
const et = new EventTarget();
et.addEventListener('x', (e) => console.log('got', e.detail));
et.dispatchEvent(ce);
const { port1, port2 } = new MessageChannel();
console.log(Object.keys(port1), typeof port1.ref, typeof port1.unref, typeof port1.start, typeof port1.once, typeof port1.off, typeof port1.emit);
const me = new MessageEvent('message', { data: 5 });
console.log(me.data, me.origin, me.lastEventId, me.source, me.ports);
port2.addEventListener('message', (e) => console.log('listener', e.data));
port1.postMessage('before start');
setTimeout(() => { console.log('starting'); port2.start(); }, 50);
setTimeout(() => port2.close(), 30);
try { port1.postMessage(() => {}); } catch (e) { console.log(e.name, e.message); }
try { port1.postMessage(); console.log('no arg ok'); } catch (e) { console.log(e.name, e.message); }
