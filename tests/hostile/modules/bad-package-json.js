// hostile: module loading: bad package json
// exit: 0
// stdout: bad threw SyntaxError
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('bad', () => require('./lib/bad-pkg'));
