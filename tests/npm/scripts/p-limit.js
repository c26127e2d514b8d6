// p-limit 4: an ES-module-only package with an ES-module dependency (yocto-queue), loaded through require().
const pLimit = require('p-limit').default;
const limit = pLimit(2);
let active = 0;
let peak = 0;
const events = [];
const task = (name, ms) => limit(async () => {
  active++; peak = Math.max(peak, active); events.push('start ' + name);
  await new Promise((r) => setTimeout(r, ms));
  active--; events.push('end ' + name);
  return name.toUpperCase();
});
Promise.all([task('a', 30), task('b', 10), task('c', 5), task('d', 1)]).then((results) => {
  console.log(results, 'peak', peak);
  console.log(events.join(', '));
  console.log(limit.activeCount, limit.pendingCount);
});
