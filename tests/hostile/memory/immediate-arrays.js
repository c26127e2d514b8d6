// hostile: memory grows without end (immediate arrays) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; (function step() { keep.push(new Array(10000).fill(1)); setImmediate(step); })();
