// hostile: memory grows without end (error objects) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; for (;;) keep.push(new Error('e'.repeat(1000)));
