// hostile: memory grows without end (string repeat doubling) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
let s = 'x'; const keep = []; for (;;) { s = s + s; keep.push(s.slice(1)); }
