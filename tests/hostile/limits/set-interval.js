// hostile: an empty setInterval at 0 ms keeps the event loop busy for ever
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
setInterval(() => {}, 0);
