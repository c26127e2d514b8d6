// A top-level await that can never settle ends the process with code 13 and Node's warning.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await new Promise(() => {});
console.log('never');
