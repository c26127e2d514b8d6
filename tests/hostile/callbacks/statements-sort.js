// hostile: a runaway (sort) under a statement limit
// args: --max-statements 100000
// exit: 123
// stderr: Statement limit exceeded
[3, 1, 2].sort(() => { for (;;) {} });
