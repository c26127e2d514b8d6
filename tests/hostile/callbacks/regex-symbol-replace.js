// hostile: a runaway loop in regex symbol replace
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
'abc'.replace({ [Symbol.replace]() { for (;;) {} } }, 'x');
