// hostile: a runaway loop in exit listener
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
process.on('exit', () => { for (;;) {} });
