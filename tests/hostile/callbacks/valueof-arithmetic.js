// hostile: a runaway loop in valueof arithmetic
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const o = { valueOf() { for (;;) {} } }; o + 1;
