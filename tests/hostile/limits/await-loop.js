// hostile: an async function awaiting in an endless loop
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
(async () => { for (;;) await null; })();
