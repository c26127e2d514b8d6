// hostile: a revoked value given to array from
// exit: 0
// stdout: array-from threw TypeError
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const r = Proxy.revocable({ a: 1 }, {}); r.revoke(); const v = r.proxy;
probe('array-from', () => {  return Array.from(v); });
