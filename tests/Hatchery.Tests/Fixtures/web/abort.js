// AbortController and AbortSignal: abort reasons, events, onabort, throwIfAborted, abort(), timeout(), any().
const controller = new AbortController();
const { signal } = controller;
console.log(signal.aborted, signal.reason, signal.onabort, controller.signal === signal);
signal.onabort = (e) => console.log('onabort', e.type, e.isTrusted, signal.aborted);
signal.addEventListener('abort', (e) => console.log('listener', e.target === signal, signal.reason.name));
signal.throwIfAborted();
controller.abort();
controller.abort('again');
console.log(signal.aborted, signal.reason instanceof DOMException, signal.reason.name, signal.reason.message, signal.reason.code);
try { signal.throwIfAborted(); } catch (e) { console.log('thrown', e === signal.reason); }

const c2 = new AbortController();
c2.abort(new Error('custom'));
console.log(c2.signal.reason.message);
const c3 = new AbortController();
c3.abort(0);
console.log(c3.signal.reason);

const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name, String(pre.reason), AbortSignal.abort('why').reason);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(signal instanceof EventTarget, Object.prototype.toString.call(signal), Object.prototype.toString.call(controller));

const a = new AbortController(), b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
b.abort('b first');
a.abort('a later');
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);

const timed = AbortSignal.timeout(20);
timed.addEventListener('abort', () => {
  console.log('timeout', timed.aborted, timed.reason.name, timed.reason.message, timed.reason.code);
});
try { AbortSignal.timeout('x'); } catch (e) { console.log(e.name, e.code, e.message); }
const keepAlive = setTimeout(() => console.log('after timeout'), 60);

const d = new DOMException('msg', 'DataCloneError');
console.log(d.name, d.message, d.code, d instanceof Error, String(d), Object.keys(d).length, DOMException.DATA_CLONE_ERR, d.ABORT_ERR);
const plain = new DOMException();
console.log(JSON.stringify([plain.name, plain.message, plain.code]), new DOMException('m', { name: 'TimeoutError' }).code);
