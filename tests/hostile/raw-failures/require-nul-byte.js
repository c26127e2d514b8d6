// hostile: require nul byte
// exit: 0
// stdout: nul threw Error MODULE_NOT_FOUND
// stdout: only-nul threw Error MODULE_NOT_FOUND
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('nul', () => require('./x\0y')); probe('only-nul', () => require('\0'));
