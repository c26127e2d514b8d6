// hostile: module loading: module throws non error
// exit: 0
// stdout: number 42
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
try { require('./lib/throws-42'); } catch (e) { console.log(typeof e, e); }
