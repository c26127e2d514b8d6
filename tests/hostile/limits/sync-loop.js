// hostile: a plain endless loop in the main module
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
for (;;) {}
