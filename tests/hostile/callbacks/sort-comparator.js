// hostile: a runaway loop in sort comparator
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
[3, 1, 2].sort(() => { for (;;) {} });
