// hostile: inside a vm context, one repeat larger than the whole memory limit is refused before the string is made, as in the main realm
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded: an allocation of 536870912 bytes
require('vm').runInNewContext("'x'.repeat(2 ** 28)");
