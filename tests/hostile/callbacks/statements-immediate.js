// hostile: a runaway (immediate) under a statement limit
// args: --max-statements 100000
// exit: 123
// stderr: Statement limit exceeded
setImmediate(function f() { setImmediate(f); });
