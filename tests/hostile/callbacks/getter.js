// hostile: a runaway loop in getter
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const o = { get x() { for (;;) {} } }; o.x;
