// hostile: memory grows without end (array push) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const a = []; for (;;) a.push(a.length);
