// hostile: a process.nextTick callback that queues itself again, so the microtask drain never ends
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
(function again() { process.nextTick(again); })();
