// hostile: a runaway loop in promise executor
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
new Promise(() => { for (;;) {} });
