// hostile: padStart and padEnd larger than the whole memory limit are refused before the string is made
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded: an allocation of 268435456 bytes
'x'.padEnd(2 ** 27, 'ab');
