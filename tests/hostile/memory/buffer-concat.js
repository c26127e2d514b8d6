// hostile: memory grows without end (buffer concat) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
let parts = [Buffer.alloc(1000)]; const keep = []; for (;;) { keep.push(Buffer.concat(parts)); parts.push(Buffer.alloc(1000)); }
