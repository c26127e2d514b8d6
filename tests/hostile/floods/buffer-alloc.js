// hostile: Buffer.alloc of a terabyte
// exit: 0
// stdout: RangeError ERR_OUT_OF_RANGE
try { Buffer.alloc(2 ** 40); } catch (e) { console.log(e.name, e.code); }
