// hostile: a runaway loop in tojson
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
JSON.stringify({ toJSON() { for (;;) {} } });
