const util = require('util');
const foo = util.debuglog('foo');
const other = util.debuglog('other');
let seen;
const lazy = util.debuglog('foobar', (fn) => { seen = typeof fn; });
foo('hello', 'world');
other('not shown');
lazy('wild');
console.log(foo.enabled, other.enabled, seen);
