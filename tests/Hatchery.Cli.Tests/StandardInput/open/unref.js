process.stdin.on('data', (c) => console.log('data', c.length));
process.stdin.unref();
console.log('unref');
