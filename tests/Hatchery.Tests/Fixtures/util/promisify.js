const util = require('util');
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));

function add(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function failing(cb) { cb(new Error('nope')); }
function many(cb) { cb(null, 1, 2, 3); }
const obj = { base: 10, plus(x, cb) { cb(null, this.base + x); } };
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');

async function main() {
  const padd = util.promisify(add);
  log('promisify', await padd(2, 3), padd.name, typeof padd.then, util.promisify(padd) === padd);
  try { await util.promisify(failing)(); } catch (e) { log('rejected', e.message); }
  log('first value only', await util.promisify(many)());
  log('this', await util.promisify(obj.plus).call(obj, 5));
  log('custom', await util.promisify(withCustom)(), util.promisify(withCustom) === withCustom[util.promisify.custom]);
  log('custom symbol', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  try { util.promisify(5); } catch (e) { log('bad', e.code, e.message); }

  async function answer(x) { return x * 2; }
  const cbAnswer = util.callbackify(answer);
  log('callbackify name', cbAnswer.name, cbAnswer.length);
  await new Promise((resolve) => cbAnswer(21, (err, v) => { log('callback', err, v); resolve(); }));
  const cbFail = util.callbackify(async () => { throw new TypeError('cb fail'); });
  await new Promise((resolve) => cbFail((err) => { log('callback err', err.message); resolve(); }));
  const cbFalsy = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => cbFalsy((err) => { log('falsy', err.code, err.message, err.reason); resolve(); }));
  try { cbAnswer(1, 2); } catch (e) { log('no callback', e.code, e.message); }
  try { util.callbackify('x'); } catch (e) { log('callbackify bad', e.code, e.message); }
  let order = [];
  cbAnswer(1, () => order.push('callback'));
  await Promise.resolve();
  order.push('microtask');
  await new Promise((r) => setTimeout(r, 1));
  log('order', order);
}
main();
