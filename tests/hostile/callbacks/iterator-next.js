// hostile: a runaway loop in iterator next
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const it = { [Symbol.iterator]() { return { next() { for (;;) {} } }; } }; for (const x of it) {}
