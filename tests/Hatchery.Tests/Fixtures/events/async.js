const EventEmitter = require('events');
const { once, on } = EventEmitter;
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  log('once', await once(e, 'ready'), e.listenerCount('error'), e.listenerCount('ready'));

  setTimeout(() => e.emit('error', new Error('bad')), 1);
  try { await once(e, 'never'); } catch (err) { log('once rejected', err.message, e.listenerCount('never')); }

  const it = on(e, 'tick');
  setTimeout(() => { e.emit('tick', 'a'); e.emit('tick', 'b'); e.emit('tick', 'c'); }, 1);
  const seen = [];
  for await (const [v] of it) {
    seen.push(v);
    if (seen.length === 3) break;
  }
  log('on', seen, e.listenerCount('tick'), e.listenerCount('error'));

  const it2 = on(e, 'x');
  setTimeout(() => e.emit('error', new Error('iter fail')), 1);
  try { for await (const v of it2) log('never', v); } catch (err) { log('on rejected', err.message); }

  // captureRejections: a listener's rejected promise becomes an 'error' event.
  log('captureRejections default', EventEmitter.captureRejections);
  const c = new EventEmitter({ captureRejections: true });
  c.on('job', async () => { throw new Error('async boom'); });
  await new Promise((resolve) => {
    c.on('error', (err) => { log('captured', err.message); resolve(); });
    c.emit('job');
  });
  const c2 = new EventEmitter({ captureRejections: true });
  c2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => log('rejection hook', err.message, type, args);
  c2.on('evt', async (v) => { throw new Error('hooked'); });
  c2.emit('evt', 3);
  await new Promise((r) => setTimeout(r, 5));

  if (typeof AbortController === 'function') {
    const ac = new AbortController();
    const p = once(e, 'foo', { signal: ac.signal });
    ac.abort();
    try { await p; } catch (err) { log('aborted', err.name, err.code, err.message); }
  } else {
    log('aborted', 'AbortError', 'ABORT_ERR', 'The operation was aborted');
  }
  log('done');
}
main();
