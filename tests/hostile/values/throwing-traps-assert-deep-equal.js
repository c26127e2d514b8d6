// hostile: a throwing traps value given to assert deep equal
// exit: 0
// stdout: assert-deep-equal threw Error
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const boom = () => { throw new Error('trap'); }; const v = new Proxy({ a: 1 }, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, has: boom });
probe('assert-deep-equal', () => {  return require('assert').deepStrictEqual(v, { a: 1 }); });
