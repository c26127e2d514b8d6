// hostile: memory grows without end (array buffers) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const k = []; for (;;) k.push(new ArrayBuffer(100000));
