// A new context sees the sandbox's properties as globals; var, function declarations and assignments to undeclared
// names end up on the sandbox; let stays in the context, seen by later runs in it.
const vm = require('node:vm');

const sandbox = { a: 1, list: [1, 2] };
vm.createContext(sandbox);
vm.runInContext('var b = a + 1; c = 3; let d = 4; function f() { return 5; } list.push(3);', sandbox);
console.log(Object.keys(sandbox).sort(), sandbox.b, sandbox.c, typeof sandbox.f, sandbox.f(), sandbox.list);
console.log('d' in sandbox, vm.runInContext('d', sandbox));
console.log(vm.runInContext('b += 10; b', sandbox), sandbox.b);
sandbox.a = 100;
console.log(vm.runInContext('a', sandbox));
vm.runInContext('delete globalThis.c', sandbox);
console.log('c' in sandbox);
const result = vm.runInNewContext('x * y', { x: 6, y: 7 });
console.log(result);
const fresh = { n: 1 };
vm.runInNewContext('n++; m = "new"', fresh);
console.log(fresh);
try {
  vm.runInContext('e = "before"; throw new Error("boom")', sandbox);
} catch (err) {
  console.log('caught', err.message, sandbox.e);
}
console.log(vm.runInContext('typeof require', sandbox), vm.runInContext('typeof process', sandbox));
console.log(vm.runInContext('this', sandbox) === sandbox, Object.keys(vm.runInContext('this', sandbox)).includes('a'));
