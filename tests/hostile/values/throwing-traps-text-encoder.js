// hostile: a throwing traps value given to text encoder
// exit: 0
// stdout: text-encoder threw Error
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
const boom = () => { throw new Error('trap'); }; const v = new Proxy({ a: 1 }, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, has: boom });
probe('text-encoder', () => {  return new TextEncoder().encode(v); });
