// hostile: memory grows without end (caught and ignored) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; for (;;) { try { keep.push(new Array(10000).fill(0)); } catch (e) {} }
