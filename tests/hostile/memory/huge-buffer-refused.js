// hostile: one Buffer larger than the whole memory limit is refused before it is made
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded: an allocation of 1073741824 bytes
Buffer.alloc(2 ** 30);
