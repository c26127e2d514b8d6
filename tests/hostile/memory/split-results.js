// hostile: memory grows without end (split results) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const text = 'a,'.repeat(10000); const keep = []; for (;;) keep.push(text.split(','));
