// hostile: a runaway loop in find callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
[1].find(() => { while (true) {} });
