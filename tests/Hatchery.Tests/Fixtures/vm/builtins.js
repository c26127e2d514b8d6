// A context has its own built-ins: its Array is not this one's, and errors thrown inside are its own.
const vm = require('vm');

console.log(vm.runInNewContext('Array') !== Array, vm.runInNewContext('[]') instanceof Array);
console.log(Array.isArray(vm.runInNewContext('[1, 2]')), vm.runInNewContext('({ a: 1 })').constructor === Object);
const context = vm.createContext({});
const ContextError = vm.runInContext('Error', context);
try {
  vm.runInContext('throw new TypeError("inside")', context);
} catch (err) {
  console.log(err instanceof TypeError, err instanceof vm.runInContext('TypeError', context), err.name, err.message);
}
try {
  vm.runInContext('null.x', context);
} catch (err) {
  console.log(err instanceof ContextError, err instanceof Error, err.name);
}
// Objects cross by reference.
const shared = { count: 0 };
vm.runInNewContext('shared.count++; shared.added = [1]', { shared });
console.log(shared.count, Array.isArray(shared.added), shared.added instanceof Array);
// The context's globalThis is its own, with built-ins a sandbox did not give.
console.log(vm.runInNewContext('typeof JSON.stringify'), vm.runInNewContext('Object.getPrototypeOf([]) === Array.prototype'));
console.log(vm.runInNewContext('globalThis.Array === Array && this === globalThis'));
