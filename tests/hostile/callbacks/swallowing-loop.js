// hostile: a runaway loop in swallowing loop
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
for (;;) { try { null.x; } catch (e) {} }
