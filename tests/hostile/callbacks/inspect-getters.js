// hostile: a runaway loop in an error's name getter while it is converted to a string
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const e = new Error('x'); Object.defineProperty(e, 'name', { get() { for (;;) {} } }); String(e);
