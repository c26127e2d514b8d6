// hostile: a runaway loop in reduce callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
[1, 2].reduce(() => { for (;;) {} });
