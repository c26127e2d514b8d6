// The Hatchery tour in one script: run it with
//   dotnet run --project src/Hatchery.Cli -- run examples/hello.js
const path = require('node:path');          // a native module (C#), also reachable as require('path')
const greet = require('./lib/greet');       // a local CommonJS module, resolved relative to this file
const config = require('./lib/config.json'); // JSON files load as values

console.log(greet(config.audience));
console.log('%s runs on %s with %d native module(s) shown here', config.name, process.platform, 1);
console.log('this file:', path.basename(__filename), 'in', path.basename(__dirname));
console.log('joined path:', path.join('/srv', 'app', '..', 'data', 'file.txt'));

// console formatting follows Node's util.inspect
console.log({ config, list: [1, 'two', [3]], map: new Map([['k', 1]]), set: new Set([1, 2]) });
console.log([greet, class Widget {}, Symbol('tag'), 10n, -0]);

console.group('grouped');
console.info('indented by console.group');
console.groupEnd();
console.table([{ name: 'a', size: 1 }, { name: 'b', size: 2 }]);

// the event loop runs timers, immediates, nextTick and promises in Node's order
setTimeout(() => {
  console.log('4. timeout');
  setImmediate(() => console.log('5. immediate'));
}, 0);
Promise.resolve().then(() => console.log('3. promise'));
process.nextTick(() => console.log('2. nextTick'));
console.log('1. synchronous');
