// require('console') is the global console; console.Console writes to given streams.
const EventEmitter = require('events');
const consoleModule = require('console');
console.log(consoleModule === console, require('node:console') === console, console.Console === consoleModule.Console);
console.log(Object.keys(console).slice(0, 19).join(' '));
const descriptor = Object.getOwnPropertyDescriptor(console, 'Console');
console.log(typeof descriptor.value, descriptor.writable, descriptor.enumerable, descriptor.configurable);

function stream(name) {
  const emitter = new EventEmitter();
  emitter.chunks = [];
  emitter.write = (chunk) => {
    emitter.chunks.push(chunk);
    return true;
  };
  emitter.name = name;
  return emitter;
}

const { Console } = consoleModule;
const out = stream('out');
const err = stream('err');
const logger = new Console(out, err);
logger.log('hello %s', 'world', 42);
logger.info({ a: [1, 2] });
logger.warn('careful');
logger.error(new Map([[1, 2]]));
logger.group('group');
logger.log('indented');
logger.groupEnd();
logger.count();
logger.count();
logger.assert(false, 'broken %d', 7);
logger.table([{ x: 1 }]);
logger.dir({ deep: { deeper: { deepest: {} } } }, { depth: 0 });
console.log(JSON.stringify(out.chunks));
console.log(JSON.stringify(err.chunks));
console.log(logger instanceof Console, console instanceof Console, {} instanceof Console);
console.log(Object.keys(logger).join(' '));
console.log(logger._stdout === out, logger._stderr === err);

// Options form, stderr defaulting to stdout, a wider group indent, and calling without new.
const both = stream('both');
const wide = new Console({ stdout: both, groupIndentation: 4 });
wide.group();
wide.error('to stdout stream');
wide.groupEnd();
const called = Console(both);
called.log('no new');
console.log(JSON.stringify(both.chunks));

// A stream whose write throws: swallowed by default, thrown with ignoreErrors: false.
const broken = Object.assign(new EventEmitter(), { write() { throw new Error('disk full'); } });
new Console(broken).log('lost');
console.log('ignored');
try {
  new Console({ stdout: broken, ignoreErrors: false }).log('lost');
} catch (error) {
  console.log('thrown', error.message);
}

for (const args of [[], [{}], [{ stdout: out, stderr: {} }], [{ stdout: out, colorMode: 'x' }], [{ stdout: out, groupIndentation: 1.5 }],
  [{ stdout: out, groupIndentation: 2000 }], [{ stdout: out, groupIndentation: '2' }], [{ stdout: out, inspectOptions: 'x' }]]) {
  try {
    new Console(...args);
    console.log('ok');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
