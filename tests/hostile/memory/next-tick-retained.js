// hostile: memory grows without end (next tick retained) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; (function step() { keep.push('z'.repeat(1000) + keep.length); process.nextTick(step); })();
