// hostile: a script catching everything cannot catch the memory limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = [];
for (;;) { try { keep.push(new Array(100000).fill(0)); } catch (e) { console.log('caught', e); } }
