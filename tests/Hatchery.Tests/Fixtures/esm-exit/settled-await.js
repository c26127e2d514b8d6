// A top-level await that settles after a timer lets the module finish.
const value = await new Promise((resolve) => setTimeout(() => resolve(42), 5));
console.log('value', value);
process.on('exit', (code) => console.log('exit', code));
