// hostile: a runaway loop in finally block
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
try { throw new Error('x'); } catch {} finally { for (;;) {} }
