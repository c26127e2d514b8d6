// hostile: a runaway loop in setter
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const o = { set x(v) { for (;;) {} } }; o.x = 1;
