// hostile: memory grows without end (object properties) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const o = {}; for (let i = 0; ; i++) o['p' + i] = i;
