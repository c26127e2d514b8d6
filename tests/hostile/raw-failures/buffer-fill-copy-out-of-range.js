// hostile: buffer fill copy out of range
// exit: 0
// stdout: fill threw RangeError ERR_OUT_OF_RANGE
// stdout: copy threw RangeError ERR_OUT_OF_RANGE
// stdout: readIntLE threw RangeError ERR_OUT_OF_RANGE
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('fill', () => Buffer.alloc(4).fill(1, 0, 99)); probe('copy', () => Buffer.alloc(4).copy(Buffer.alloc(4), -1)); probe('readIntLE', () => Buffer.alloc(8).readIntLE(0, 7));
