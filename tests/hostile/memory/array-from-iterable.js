// hostile: memory grows without end (array from iterable) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; for (;;) keep.push(Array.from({ length: 10000 }, (_, i) => i));
