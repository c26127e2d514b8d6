const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => { n++; console.log(`line ${n}: ${line}`); });
rl.on('close', () => console.log('total', n));
