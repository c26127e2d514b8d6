// hostile: memory grows without end (string concat) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; for (let i = 0; ; i++) keep.push('y'.repeat(10000) + i);
