// hostile: module loading: symlink loop
// exit: 0
// stdout: a threw Error MODULE_NOT_FOUND
// stdout: self threw Error MODULE_NOT_FOUND
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('a', () => require('./lib/loop/a')); probe('self', () => require('./lib/loop/self'));
