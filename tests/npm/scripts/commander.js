// commander: options, subcommands, defaults, custom parsing, help text.
const { Command } = require('commander');
const program = new Command();
program.name('tool').version('1.2.3').option('-d, --debug', 'debug output').option('-n, --num <n>', 'a number', (v) => parseInt(v, 10), 5).exitOverride();
program.command('greet <name>').option('--loud').action((name, opts) => console.log('greet', name, !!opts.loud));
program.parse(['node', 'tool', '-d', '--num', '42', 'greet', 'ann', '--loud']);
console.log(JSON.stringify(program.opts()));
const p2 = new Command().name('x').option('-c, --cheese <type>', 'cheese', 'brie').argument('[file]');
console.log(p2.helpInformation());
