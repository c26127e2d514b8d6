// hostile: memory grows without end (json stringify output) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const a = Array.from({ length: 1000 }, (_, i) => ({ i })); const out = []; for (;;) out.push(JSON.stringify(a));
