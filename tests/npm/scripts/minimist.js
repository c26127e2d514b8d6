// minimist: argument parsing on fixed argument lists.
const parse = require('minimist');
console.log(parse(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']));
console.log(parse(['--no-color', '--name', 'x', '--count', '007', '--', '--not-a-flag'], { string: ['count'], boolean: ['color'], '--': true }));
console.log(parse(['-v', '-v', '--tag', 'a', '--tag', 'b', '--key.sub', 'deep'], { alias: { v: 'verbose' }, default: { level: 1 } }));
console.log(parse(['--unknown', 'x'], { unknown: (arg) => { console.log('unknown', arg); return false; } }));
