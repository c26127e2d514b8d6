// hostile: a runaway loop in array from mapper
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
Array.from({ length: 3 }, () => { for (;;) {} });
