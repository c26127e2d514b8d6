// hostile: memory grows without end (typed arrays) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const k = []; for (;;) k.push(new Float64Array(8192));
