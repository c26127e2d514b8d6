// process.exit with a string that is not an integer is ERR_INVALID_ARG_TYPE.
process.on('exit', (code) => console.log('exit', code));
process.exit('abc');
