// hostile: a runaway loop in queue microtask
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
queueMicrotask(() => { for (;;) {} });
