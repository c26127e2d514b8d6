// hostile: a runaway loop in do while
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
do {} while (true);
