// hostile: a runaway loop in async function
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
(async () => { await null; for (;;) {} })();
