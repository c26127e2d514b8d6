import * as readline from 'node:readline/promises';
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const name = await rl.question('Name? ');
console.log(`\nHello ${JSON.stringify(name)}`);
rl.close();
