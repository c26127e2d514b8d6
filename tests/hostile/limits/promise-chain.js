// hostile: a promise chain that never ends
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
(function again() { Promise.resolve().then(again); })();
