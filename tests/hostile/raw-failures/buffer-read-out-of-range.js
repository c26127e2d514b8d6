// hostile: buffer read out of range
// exit: 0
// stdout: read threw RangeError ERR_OUT_OF_RANGE
// stdout: readDouble threw RangeError ERR_BUFFER_OUT_OF_BOUNDS
// stdout: readBig threw RangeError ERR_BUFFER_OUT_OF_BOUNDS
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('read', () => Buffer.alloc(4).readUInt32LE(10)); probe('readDouble', () => Buffer.alloc(4).readDoubleLE(0)); probe('readBig', () => Buffer.alloc(4).readBigInt64LE(0));
