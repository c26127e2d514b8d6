// 'exit' listeners run with code 1 when an uncaught exception ends the process.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => { throw new Error('boom'); }, 0);
