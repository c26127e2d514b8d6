// hostile: a cyclic value given to is deep strict equal
// exit: 0
// stdout: is-deep-strict-equal returned true
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const c = { name: 'c' }; c.self = c; const arr = [1]; arr.push(arr);
probe('is-deep-strict-equal', () => {  return String(require('util').isDeepStrictEqual(c, c)); });
