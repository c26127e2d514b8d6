// hostile: module loading: module replaces exports in cycle
// exit: 0
// stdout: swapped
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
console.log(require('./lib/swap-a').name);
