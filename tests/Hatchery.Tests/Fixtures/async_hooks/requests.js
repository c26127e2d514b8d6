// The classic use: interleaved "requests", each seeing its own store through timers, promises and awaits.
// Their delays keep every step that races another at least 300 ms from it, so the interleaving is the same on a
// loaded machine (95 ms was not enough beside three builds: a stall after r3's select let r1's select fire first).
const { AsyncLocalStorage } = require('async_hooks');
const requestContext = new AsyncLocalStorage();
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function log(message) {
  const context = requestContext.getStore();
  console.log(`[${context ? context.id : '-'}] ${message}`);
}
async function query(sql, ms) {
  log(`query ${sql}`);
  await delay(ms);
  log(`result ${sql}`);
  return sql.length;
}
async function handle(id, first, second) {
  log('start');
  const a = await query(`select ${id}`, first);
  process.nextTick(() => log('tick'));
  setImmediate(() => log('immediate'));
  const b = await new Promise((resolve) => setTimeout(() => resolve(query(`update ${id}`, second)), 1));
  log(`done ${a + b}`);
  return id;
}
const served = [];
for (const [id, first, second] of [['r1', 900, 300], ['r2', 200, 1400], ['r3', 500, 100]]) {
  requestContext.run({ id }, () => handle(id, first, second).then((done) => served.push(done)));
}
log('all started');
setTimeout(() => log(`served ${served.join(',')}`), 2000);
