// hostile: memory grows without end (set growth) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const s = new Set(); for (let i = 0; ; i++) s.add('k' + i);
