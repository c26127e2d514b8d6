// hostile: module loading: exports getter throws
// exit: 0
// stdout: get threw Error
// stdout: [ 'boom' ]
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const m = require('./lib/getter-exports'); probe('get', () => m.boom); console.log(Object.keys(m));
