// hostile: a runaway (microtasks) under a statement limit
// args: --max-statements 100000
// exit: 123
// stderr: Statement limit exceeded
(async () => { for (;;) await 0; })();
