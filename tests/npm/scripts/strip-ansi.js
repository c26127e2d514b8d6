// strip-ansi: strips colour and cursor escapes.
const stripAnsi = require('strip-ansi');
console.log(stripAnsi('\u001B[4mUnicorn\u001B[0m'), stripAnsi('\u001B]8;;https://x.y\u0007link\u001B]8;;\u0007'), JSON.stringify(stripAnsi('\u001b[2K\u001b[1G\u001b[31;1mred\u001b[39m plain')));
