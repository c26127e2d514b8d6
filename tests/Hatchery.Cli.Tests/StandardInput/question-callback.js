const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.question('Colour? ', (answer) => {
  console.log(`\nYou said ${JSON.stringify(answer)}`);
  rl.close();
});
rl.on('close', () => console.log('closed'));
