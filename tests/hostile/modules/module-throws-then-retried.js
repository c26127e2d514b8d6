// hostile: module loading: module throws then retried
// exit: 0
// stdout: first threw Error
// stdout: second returned second
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('first', () => require('./lib/throws-once')); probe('second', () => require('./lib/throws-once'));
