// argparse: the Python-style parser with types, choices, subparsers, help.
const { ArgumentParser } = require('argparse');
const p = new ArgumentParser({ prog: 'demo', description: 'Argparse example', exit_on_error: false });
p.add_argument('-v', '--verbose', { action: 'store_true' });
p.add_argument('--n', { type: 'int', default: 3 });
p.add_argument('mode', { choices: ['a', 'b'] });
console.log(JSON.stringify(p.parse_args(['-v', '--n', '7', 'b'])));
console.log(p.format_help());
try { p.parse_args(['c']); } catch (e) { console.log(e.name, e.message); }
