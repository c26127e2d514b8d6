import readline from 'node:readline';
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const lines = [];
for await (const line of rl) lines.push(line.toUpperCase());
console.log(JSON.stringify(lines));
