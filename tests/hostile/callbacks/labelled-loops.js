// hostile: a runaway loop in labelled loops
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
outer: for (;;) { inner: for (let i = 0; i < 10; i++) { continue outer; } }
