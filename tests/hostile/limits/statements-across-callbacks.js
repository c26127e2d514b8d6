// hostile: many short timer callbacks, none near the statement limit alone
// args: --max-statements 10000
// exit: 123
// stderr: Statement limit exceeded
setInterval(() => { let x = 0; x++; }, 0);
