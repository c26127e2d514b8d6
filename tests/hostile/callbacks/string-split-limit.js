// hostile: a runaway loop in string split limit
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
'a,b'.split({ [Symbol.split]() { for (;;) {} } });
