// hostile: a runaway loop in generator
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
function* g() { for (;;) {} } g().next();
