// A vm.Script compiles once and runs as often as wanted, in this context, in a context or in new ones.
const vm = require('vm');

const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1; count', { filename: 'counter.js' });
const context = vm.createContext({});
console.log(script.runInContext(context), script.runInContext(context), script.runInContext(context), context.count);
console.log(script.runInNewContext(), script.runInNewContext({ count: 41 }));
globalThis.count = 9;
console.log(script.runInThisContext(), globalThis.count);
console.log(vm.runInThisContext('typeof require'), vm.runInThisContext('1 + 1'), vm.runInThisContext('globalThis') === globalThis);
console.log(vm.isContext(context), vm.isContext({}), vm.createContext(context) === context);
const made = vm.createContext();
console.log(vm.isContext(made), Object.keys(made));
try {
  vm.isContext(1);
} catch (err) {
  console.log(err.code, err.name);
}
try {
  vm.runInContext('1', {});
} catch (err) {
  console.log(err.code, err.name);
}
const e = new vm.Script('throw new Error("where")', { filename: 'named.js' });
try {
  e.runInNewContext();
} catch (err) {
  console.log(err.message, err.stack.includes('named.js:1'));
}
