// hostile: a runaway loop in set immediate callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
setImmediate(() => { for (;;) {} });
