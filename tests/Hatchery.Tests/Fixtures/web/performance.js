// performance: now, timeOrigin, marks, measures and the entry lists.
const start = performance.now();
console.log(typeof start, start >= 0, typeof performance.timeOrigin, Math.abs(performance.timeOrigin + start - Date.now()) < 1000);
let spin = 0;
while (performance.now() - start < 5) spin++;
console.log(performance.now() > start);
const a = performance.mark('a', { detail: { info: 1 } });
console.log(a.name, a.entryType, a.duration, JSON.stringify(a.detail), typeof a.startTime);
performance.mark('b');
const m = performance.measure('a to b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0, m.detail);
performance.measure('from start');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(','));
console.log(performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
console.log(performance.getEntries().length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(','));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
try { performance.measure('x', 'missing'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(performance.toJSON()).join(','), require('perf_hooks').performance === performance);
console.log(Object.keys(a.toJSON()).join(','));
// A mark's name is any value turned into a string; its options are checked the way Node checks them.
console.log(performance.mark(5).name, performance.mark({ toString() { return 'obj'; } }).name, performance.mark('n', null).detail);
console.log(performance.mark('d', { detail: 0 }).detail, performance.mark('t', { startTime: 3 }).startTime);
for (const args of [[], [Symbol('s')], ['nodeStart'], ['o', 5], ['o', []], ['o', { startTime: -1 }], ['o', { startTime: 'x' }]]) {
  try { performance.mark(...args); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
