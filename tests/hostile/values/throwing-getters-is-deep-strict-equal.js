// hostile: a throwing getters value given to is deep strict equal
// exit: 0
// stdout: is-deep-strict-equal returned boolean
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const v = { get a() { throw new Error('getter'); }, get length() { throw new Error('length'); }, toString() { throw new Error('toString'); } };
probe('is-deep-strict-equal', () => {  return require('util').isDeepStrictEqual(v, { a: 1 }); });
