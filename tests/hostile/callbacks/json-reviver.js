// hostile: a runaway loop in json reviver
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
JSON.parse('[1,2]', () => { for (;;) {} });
