// hostile: an array that grows while it is iterated
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const a = [1]; for (const x of a) a.push(x);
