const assert = require('assert');
const strict = require('node:assert/strict');
const log = (...a) => console.log(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
function t(label, f) {
  try { f(); log(label, 'ok'); } catch (e) { log(label, e.name, e.code, e.message); }
}
t('loose deepEqual', () => assert.deepEqual({ a: 1, b: [2] }, { a: '1', b: ['2'] }));
t('loose equal', () => { assert.equal(1, '1'); assert.equal(NaN, NaN); assert.equal(null, undefined); });
t('notEqual NaN', () => assert.notEqual(NaN, NaN));
t('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
t('throws class', () => assert.throws(() => { throw new TypeError('x'); }, TypeError));
t('throws object', () => assert.throws(() => { throw new RangeError('out'); }, { name: 'RangeError', message: /ou/ }));
t('throws fn', () => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'));
t('doesNotThrow', () => assert.doesNotThrow(() => 1));
t('match', () => assert.match('abc', /b/));
t('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
t('ok', () => { assert(1); assert.ok('x'); strict(true); });
t('missing args', () => assert.strictEqual(1));
t('match bad regexp', () => assert.match('a', 'a'));
t('ifError undefined', () => assert.ifError(undefined));
t('fail error', () => assert.fail(new RangeError('given')));
t('ok custom error', () => assert.ok(false, new RangeError('mine')));
try {
  assert.strictEqual(1, 2);
} catch (e) {
  log('shape', e instanceof assert.AssertionError, e instanceof Error, e.actual, e.expected, e.operator, e.generatedMessage,
    Object.keys(e), e.name, String(e).split('\n')[0]);
}
const made = new assert.AssertionError({ actual: 'a', expected: 'b', operator: 'strictEqual', message: 'mine' });
log('constructed', made.message, made.generatedMessage, made.actual, made.expected);
t('AssertionError bad options', () => new assert.AssertionError(5));
log('strict identity', assert.strict === strict, strict.strict === strict, strict.equal === assert.strictEqual, typeof strict.AssertionError);
(async () => {
  await assert.rejects(async () => { throw new TypeError('r'); }, TypeError);
  await assert.doesNotReject(Promise.resolve(1));
  await assert.rejects(Promise.resolve(1), Error).catch((e) => log('rejects class', e.message));
  await assert.doesNotReject(async () => { throw new Error('inner'); }, 'ctx').catch((e) => log('dnr', e.message));
  await assert.rejects(5).catch((e) => log('rejects bad', e.code, e.message));
  log('async done');
})();
