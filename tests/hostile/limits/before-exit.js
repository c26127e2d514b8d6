// hostile: a beforeExit listener that re-arms the loop every time it empties
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
process.on('beforeExit', () => setTimeout(() => {}, 0));
