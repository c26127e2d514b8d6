// hostile: a runaway loop in replace callback
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
'abc'.replace(/b/, () => { for (;;) {} });
