// util.parseArgs: values, positionals, short groups, inline values, multiple, defaults, tokens, and Node's errors.
const { parseArgs } = require('util');
console.log(typeof parseArgs, parseArgs.length);

const options = {
  verbose: { type: 'boolean', short: 'v' },
  color: { type: 'boolean', short: 'c' },
  file: { type: 'string', short: 'f' },
  include: { type: 'string', short: 'I', multiple: true },
  level: { type: 'string', default: 'info' },
  dry: { type: 'boolean', default: false },
};

function show(config) {
  try {
    const { values, positionals, tokens } = parseArgs(config);
    console.log(JSON.stringify({ values, positionals }), Object.getPrototypeOf(values));
    if (tokens) console.log(JSON.stringify(tokens));
  } catch (error) {
    console.log(error.name, error.code, JSON.stringify(error.message));
  }
}

show({ args: ['-v', '--file', 'a.txt', '-I', 'x', '-Iy', '--include=z'], options });
show({ args: ['-vc', '-vcfout.txt', '--level=debug', '--dry'], options });
show({ args: ['-vf', 'next'], options, tokens: true });
show({ args: ['-f=eq', '--file=', '--level', '--file'], options });
show({ args: ['pos', '--', '--file', '-v'], options, allowPositionals: true, tokens: true });
show({ args: ['pos'], options });
show({ args: ['--unknown'], options });
show({ args: ['--unknown'], options, allowPositionals: true });
show({ args: ['-u'], options });
show({ args: ['--file'], options });
show({ args: ['-f'], options });
show({ args: ['--verbose=yes'], options });
show({ args: ['--file', '--verbose'], options });
show({ args: ['-f', '-v'], options });
show({ args: ['-f', '-'], options });
show({ args: ['--unknown', '-xy', '--k=v', '--file', '--verbose=1', 'p', '-'], options, strict: false, tokens: true });
show({ args: ['--__proto__', '--constructor'], strict: false });
show({ args: [], options });
show({ args: ['-5', '--', '-6'], strict: false });
show({ args: [] });

// Validation of the configuration.
show({ args: 'x' });
show({ args: [], strict: 'yes' });
show({ args: [], tokens: 1 });
show({ args: [], options: { x: 'string' } });
show({ args: [], options: { x: { type: 'number' } } });
show({ args: [], options: { x: { type: 'string', short: 'xy' } } });
show({ args: [], options: { x: { type: 'string', short: 1 } } });
show({ args: [], options: { x: { type: 'string', multiple: 'no' } } });
show({ args: [], options: { x: { type: 'string', default: true } } });
show({ args: [], options: { x: { type: 'boolean', multiple: true, default: [true, 'no'] } } });
show({ args: [], options: { x: { type: 'string', multiple: true, default: ['a', 'b'] } } });
show('nope');

// Default args are the ones after the script.
console.log(JSON.stringify(parseArgs({ strict: false })));
