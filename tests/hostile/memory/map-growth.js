// hostile: memory grows without end (map growth) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });
