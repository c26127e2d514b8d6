// hostile: a runaway loop in tostring template
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const o = { toString() { for (;;) {} } }; `${o}`;
