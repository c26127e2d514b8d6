// hostile: a runaway loop in define property getter console
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const o = {}; Object.defineProperty(o, 'x', { get() { for (;;) {} }, enumerable: true }); JSON.stringify(o);
