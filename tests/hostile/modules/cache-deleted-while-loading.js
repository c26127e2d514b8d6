// hostile: module loading: cache deleted while loading
// exit: 0
// stdout: 1 2
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
console.log(require('./lib/self-uncache'), require('./lib/self-uncache'));
