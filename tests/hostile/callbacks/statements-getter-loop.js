// hostile: a runaway (getter-loop) under a statement limit
// args: --max-statements 100000
// exit: 123
// stderr: Statement limit exceeded
const o = { get x() { return 1; } }; for (;;) o.x;
