// hostile: buffer write out of range
// exit: 0
// stdout: write threw RangeError ERR_OUT_OF_RANGE
// stdout: writeValue threw RangeError ERR_OUT_OF_RANGE
// stdout: writeInt threw RangeError ERR_OUT_OF_RANGE
function probe(label, f) {
  try { const r = f(); console.log(label, 'returned', typeof r === 'string' ? r.split('\n')[0].slice(0, 60) : typeof r); }
  catch (e) { console.log(label, 'threw', e instanceof Error ? `${e.name}${e.code ? ' ' + e.code : ''}` : typeof e); }
}
probe('write', () => Buffer.alloc(4).writeUInt8(1, 99)); probe('writeValue', () => Buffer.alloc(4).writeUInt8(300, 0)); probe('writeInt', () => Buffer.alloc(4).writeInt16LE(1, -1));
