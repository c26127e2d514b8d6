// hostile: memory grows without end (structured clone copies) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const src = Array.from({ length: 1000 }, (_, i) => ({ i })); const keep = []; for (;;) keep.push(structuredClone(src));
