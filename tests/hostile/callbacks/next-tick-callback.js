// hostile: a runaway loop in next tick callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
process.nextTick(() => { for (;;) {} });
