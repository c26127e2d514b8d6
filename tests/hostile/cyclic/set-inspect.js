// hostile: a cyclic value given to set inspect
// exit: 0
// stdout: set-inspect returned <ref *1> Set(1) { [Circular *1] }
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const c = { name: 'c' }; c.self = c; const arr = [1]; arr.push(arr);
probe('set-inspect', () => { const s = new Set(); s.add(s); return require('util').inspect(s); });
