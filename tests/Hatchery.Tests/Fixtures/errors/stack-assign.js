// An error's `stack` takes any value, and stays non-enumerable: util.inspect shows the error by its name and
// message when the stack is not a string, and the assigned text when it is.
const e = new Error('x');
e.stack = undefined;
console.log(e.stack, Object.getOwnPropertyDescriptor(e, 'stack'));
console.log(e);
const n = new TypeError('n');
n.stack = 42;
console.log(n, Object.keys(n));
const g = new TypeError('z');
g.stack = 'custom stack';
console.log(g, Object.keys(g));
g.stack = null;
console.log(g);
// An object that only inherits from Error.prototype gets an ordinary (enumerable) property.
const o = Object.create(Error.prototype);
o.stack = 'plain';
console.log(Object.keys(o));
