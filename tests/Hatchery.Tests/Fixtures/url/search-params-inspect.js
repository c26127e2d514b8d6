// util.inspect of URLSearchParams as Node prints it: depth cuts to [Object], quoting by util.inspect, long lists broken
// over lines, colours, subclasses, and a URL's searchParams inside its own inspect.
const util = require('util');
const sp = new URLSearchParams('a=1&b=it%27s&c=x%0Ay');
console.log(sp, util.inspect(sp, {depth: -1}), util.inspect({sp}, {depth: 0}), util.inspect({a:{sp}}, {depth: 1}));
console.log(new URLSearchParams());
const long = new URLSearchParams(Array.from({length: 8}, (_, i) => ['key' + i, 'value-value-' + i]));
console.log(long);
console.log(util.inspect(long, {breakLength: Infinity}));
console.log(util.inspect(sp, {colors: true}));
class P extends URLSearchParams {}
console.log(new P('z=1'), [new URL('http://x/?q=1')], util.inspect(new URL('http://x/?q=1'), {depth: 0}));
console.log(util.inspect(new URL('http://x/?q=1'), {colors: true}));
try { URLSearchParams.prototype[util.inspect.custom].call(null) } catch (e) { console.log(e.code) }
