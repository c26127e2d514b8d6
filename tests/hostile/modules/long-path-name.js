// hostile: module loading: long path name
// exit: 0
// stdout: long threw Error MODULE_NOT_FOUND
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('long', () => require('./' + 'a'.repeat(5000)));
