// hostile: a cyclic value given to array tostring
// exit: 0
// stdout: array-tostring returned 1,
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const c = { name: 'c' }; c.self = c; const arr = [1]; arr.push(arr);
probe('array-tostring', () => {  return String(arr); });
