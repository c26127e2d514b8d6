// hostile: a runaway loop in then callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
Promise.resolve().then(() => { for (;;) {} });
