// hostile: a runaway loop in symbol toprimitive
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const o = { [Symbol.toPrimitive]() { for (;;) {} } }; +o;
