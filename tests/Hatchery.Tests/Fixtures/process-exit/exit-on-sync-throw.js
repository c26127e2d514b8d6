// A throw from the main module's body runs 'exit' listeners with code 1.
process.on('exit', (code) => console.log('exit', code));
throw new TypeError('top level');
