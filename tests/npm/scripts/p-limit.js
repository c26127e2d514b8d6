// p-limit 4: an ES-module-only package with an ES-module dependency (yocto-queue), loaded through require().
const pLimit = require('p-limit').default;
const limit = pLimit(2);
let active = 0;
let peak = 0;
const events = [];
// a waits for d, so the order does not depend on how late a loaded machine fires timers.
let dDone;
const dFinished = new Promise((resolve) => { dDone = resolve; });
const task = (name) => limit(async () => {
  active++; peak = Math.max(peak, active); events.push('start ' + name);
  await (name === 'a' ? dFinished : new Promise((r) => setTimeout(r, 1)));
  if (name === 'd') dDone();
  active--; events.push('end ' + name);
  return name.toUpperCase();
});
Promise.all([task('a'), task('b'), task('c'), task('d')]).then((results) => {
  console.log(results, 'peak', peak);
  console.log(events.join(', '));
  console.log(limit.activeCount, limit.pendingCount);
});
