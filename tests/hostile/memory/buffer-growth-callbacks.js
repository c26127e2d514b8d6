// hostile: memory grows without end (buffer growth callbacks) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; setInterval(() => keep.push(Buffer.alloc(1 << 20)), 0);
