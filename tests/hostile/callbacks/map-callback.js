// hostile: a runaway loop in map callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
[1].map(() => { for (;;) {} });
