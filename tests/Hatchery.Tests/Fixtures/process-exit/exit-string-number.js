// process.exit('3') exits with 3.
process.on('exit', (code) => console.log('exit', code, typeof code, typeof process.exitCode));
process.exit('3');
