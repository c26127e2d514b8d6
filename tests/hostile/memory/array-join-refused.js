// hostile: a join whose separators alone pass the memory limit is refused before the string is made
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded: an allocation of 201326586 bytes
new Array(2 ** 25).join('abc');
