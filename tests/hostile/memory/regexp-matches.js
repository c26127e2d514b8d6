// hostile: memory grows without end (regexp matches) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const s = 'ab'.repeat(5000); const keep = []; for (;;) keep.push(s.match(/a/g));
