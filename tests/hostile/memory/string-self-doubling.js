// hostile: a string added to itself without end (Jint keeps a growing builder and flattens a copy at every step) under a 16 MB limit: stopped by the memory limit after a few doublings past it, never reaching Node's RangeError at 2^29 characters
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
let s = 'x';
for (;;) s += s;
