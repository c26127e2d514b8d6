// 'exit' listeners run with code 1 when an unhandled rejection ends the process.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('nobody handles this'));
