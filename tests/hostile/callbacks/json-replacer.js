// hostile: a runaway loop in json replacer
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
JSON.stringify({ a: 1 }, () => { for (;;) {} });
