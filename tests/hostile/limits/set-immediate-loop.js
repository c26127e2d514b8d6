// hostile: a setImmediate callback that schedules itself again
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
(function again() { setImmediate(again); })();
