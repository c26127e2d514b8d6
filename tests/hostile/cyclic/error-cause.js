// hostile: a cyclic value given to error cause
// exit: 0
// stdout: error-cause returned circular
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const c = { name: 'c' }; c.self = c; const arr = [1]; arr.push(arr);
probe('error-cause', () => { const e = new Error('e'); e.cause = e; return require('util').inspect(e).includes('Circular') ? 'circular' : 'no'; });
