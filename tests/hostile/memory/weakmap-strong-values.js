// hostile: memory grows without end (weakmap strong values) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keys = [], w = new WeakMap(); for (;;) { const k = {}; keys.push(k); w.set(k, new Array(1000).fill(0)); }
