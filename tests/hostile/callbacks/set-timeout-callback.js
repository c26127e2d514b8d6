// hostile: a runaway loop in set timeout callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
setTimeout(() => { for (;;) {} }, 1);
