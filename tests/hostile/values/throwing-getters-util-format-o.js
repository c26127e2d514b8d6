// hostile: a throwing getters value given to util format o
// exit: 0
// stdout: util-format-o returned {
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const v = { get a() { throw new Error('getter'); }, get length() { throw new Error('length'); }, toString() { throw new Error('toString'); } };
probe('util-format-o', () => {  return require('util').format('%o', v); });
