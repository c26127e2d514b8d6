const EventEmitter = require('events');
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
const e = new EventEmitter();
function t(label, f) {
  try { f(); log(label, 'no throw'); } catch (x) { log(label, x.name, x.code, x.message, String(x)); }
}
t('err', () => e.emit('error', new TypeError('boom')));
t('undef', () => e.emit('error'));
t('num', () => e.emit('error', 42));
t('str', () => e.emit('error', 'text'));
t('listener', () => e.on('x', 1));
t('listener2', () => e.once('x', null));
t('off', () => e.off('x', 'nope'));
t('max', () => e.setMaxListeners(-1));
t('maxType', () => e.setMaxListeners('1'));
t('default', () => { EventEmitter.defaultMaxListeners = 'a'; });
t('default2', () => { EventEmitter.defaultMaxListeners = -1; });
try { e.emit('error', 7); } catch (x) { log('context', x.context); }

e.on(EventEmitter.errorMonitor, (err) => log('monitor', err.message));
t('monitored', () => e.emit('error', new Error('seen')));
e.on('error', (err) => log('handled', err.message));
log('emit handled', e.emit('error', new Error('ok')));
log('symbols', String(EventEmitter.errorMonitor), String(EventEmitter.captureRejectionSymbol), EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
t('getEventListeners', () => EventEmitter.getEventListeners(5, 'x'));
