// hostile: a runaway loop in proxy trap
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const p = new Proxy({}, { get() { for (;;) {} } }); p.x;
