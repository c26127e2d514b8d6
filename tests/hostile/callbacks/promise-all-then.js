// hostile: a runaway loop in promise all then
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
Promise.all([1, 2]).then(function again() { return Promise.resolve().then(again); });
