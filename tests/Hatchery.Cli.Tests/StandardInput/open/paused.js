process.stdin.on('data', (c) => console.log('data', c.length));
process.stdin.pause();
console.log('paused', process.stdin.isPaused());
