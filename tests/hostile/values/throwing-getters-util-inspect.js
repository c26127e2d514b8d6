// hostile: a throwing getters value given to util inspect
// exit: 0
// stdout: util-inspect returned { a: [Getter], length: [Getter], toString: [Function: toStri
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const v = { get a() { throw new Error('getter'); }, get length() { throw new Error('length'); }, toString() { throw new Error('toString'); } };
probe('util-inspect', () => {  return require('util').inspect(v); });
