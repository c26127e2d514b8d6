// chalk 5: ES-module-only, imports node:process, node:os and node:tty; forced colour level for stable output.
const { default: chalk, Chalk, supportsColor } = require('chalk');
const c = new Chalk({ level: 3 });
console.log(JSON.stringify(c.red.bold('error') + ' ' + c.bgBlue.white.underline('note')));
console.log(JSON.stringify(c.hex('#ff8800')('orange') + c.rgb(10, 20, 30).inverse('rgb')));
console.log(JSON.stringify(new Chalk({ level: 1 }).hex('#ff8800')('16 colours')));
console.log(JSON.stringify(new Chalk({ level: 0 }).green('plain')));
console.log(JSON.stringify(c.italic`template ${1 + 1}`));
console.log(typeof chalk.level, typeof supportsColor);
