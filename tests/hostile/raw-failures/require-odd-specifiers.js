// hostile: require odd specifiers
// exit: 0
// stdout: empty threw TypeError ERR_INVALID_ARG_VALUE
// stdout: number threw TypeError ERR_INVALID_ARG_TYPE
// stdout: unknown-builtin threw Error ERR_UNKNOWN_BUILTIN_MODULE
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('empty', () => require('')); probe('number', () => require(42)); probe('unknown-builtin', () => require('node:nope'));
