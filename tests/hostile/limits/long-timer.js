// hostile: a timer due in 24 days: the loop sleeps, and the time limit must still end the run
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
setTimeout(() => {}, 2 ** 31 - 1);
