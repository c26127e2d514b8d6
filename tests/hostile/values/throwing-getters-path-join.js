// hostile: a throwing getters value given to path join
// exit: 0
// stdout: path-join threw TypeError ERR_INVALID_ARG_TYPE
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const v = { get a() { throw new Error('getter'); }, get length() { throw new Error('length'); }, toString() { throw new Error('toString'); } };
probe('path-join', () => {  return require('path').join('a', v); });
