const util = require('util');
const old = util.deprecate((a, b) => a + b, 'old() is deprecated. Use new() instead.', 'DEP0999');
console.log(old(1, 2), old(3, 4));
const again = util.deprecate(() => 'again', 'same code, other function', 'DEP0999');
console.log(again());
const nocode = util.deprecate(function named() { return 'nocode'; }, 'no code here');
console.log(nocode(), nocode());
class Base { constructor(x) { this.x = x; } }
const Dep = util.deprecate(Base, 'Base is deprecated');
console.log(new Dep(5).x, new Dep(6) instanceof Base);
try { util.deprecate(() => {}, 'x', 5); } catch (e) { console.log(e.code, e.message); }
console.log('end');
