// hostile: memory grows without end (array concat) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
let a = [1]; const keep = []; for (;;) { a = a.concat(a.length < 1e5 ? a : [1]); keep.push(a); }
