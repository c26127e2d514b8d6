// bluebird: its own scheduler (setImmediate / nextTick), coroutines, cancellation, promisify.
const Promise = require('bluebird');
Promise.config({ cancellation: true, warnings: false, longStackTraces: false });
const order = [];
Promise.resolve(1).then((v) => order.push('then ' + v));
process.nextTick(() => order.push('tick'));
setImmediate(() => order.push('immediate'));
const nodeStyle = (a, b, cb) => setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)), 2);
const add = Promise.promisify(nodeStyle);
(async () => {
  console.log('sum', await add(2, 3));
  await add(-1, 1).catch((e) => console.log('caught', e.message));
  console.log('map', await Promise.map([3, 1, 2], (n) => Promise.delay(n * 3).then(() => n * 10), { concurrency: 2 }));
  console.log('props', await Promise.props({ a: Promise.delay(5, 'A'), b: 'B' }));
  console.log('race', await Promise.race([Promise.delay(100, 'slow'), Promise.delay(1, 'fast')]));
  const settled = await Promise.allSettled ? null : null;
  void settled;
  const reflections = await Promise.all([Promise.resolve(1), Promise.reject(new Error('x'))].map((p) => p.reflect()));
  console.log('reflect', reflections.map((r) => (r.isFulfilled() ? r.value() : r.reason().message)));
  try { await Promise.delay(200).timeout(5, 'too slow'); } catch (e) { console.log('timeout', e.name, e.message); }
  const gen = Promise.coroutine(function* (n) { const a = yield Promise.delay(1, n); const b = yield Promise.resolve(a * 2); return a + b; });
  console.log('coroutine', await gen(7));
  let cancelled = false;
  const p = new Promise((resolve, reject, onCancel) => { const t = setTimeout(resolve, 30); onCancel(() => { cancelled = true; clearTimeout(t); }); });
  p.cancel();
  // Bluebird runs onCancel from its setImmediate queue; two immediates later it has run.
  await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
  console.log('cancelled', cancelled, p.isCancelled());
  const disposer = (name) => Promise.resolve(name).disposer(() => order.push('dispose ' + name));
  await Promise.using(disposer('r1'), disposer('r2'), (a, b) => order.push('use ' + a + b));
  console.log('each', await Promise.mapSeries(['a', 'b'], (s) => s.toUpperCase()));
  console.log('reduce', await Promise.reduce([1, 2, 3], (acc, n) => Promise.delay(1, acc + n), 0));
  console.log(order.join(', '));
})();
