// hostile: buffer odd arguments
// exit: 0
// stdout: swap16 threw RangeError ERR_INVALID_BUFFER_SIZE
// stdout: compare returned number
// stdout: equals threw TypeError ERR_INVALID_ARG_TYPE
// stdout: alloc threw RangeError ERR_OUT_OF_RANGE
// stdout: allocNaN threw RangeError ERR_OUT_OF_RANGE
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('swap16', () => Buffer.alloc(3).swap16()); probe('compare', () => Buffer.alloc(3).compare(Buffer.alloc(3), 10)); probe('equals', () => Buffer.alloc(3).equals('x')); probe('alloc', () => Buffer.alloc(-1)); probe('allocNaN', () => Buffer.alloc(NaN));
