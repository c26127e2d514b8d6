// hostile: a runaway loop in await in loop
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
(async () => { for (;;) await undefined; })();
