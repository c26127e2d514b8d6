// A run can time out, and code that does not parse is a SyntaxError naming the file on its stack's first line.
const vm = require('vm');

try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 50 });
} catch (err) {
  console.log(err.code, err.message);
}
const context = vm.createContext({ n: 0 });
try {
  vm.runInContext('for (;;) { n++ }', context, { timeout: 20, displayErrors: true });
} catch (err) {
  console.log(err.code, err.message, context.n > 0);
}
try {
  new vm.Script('for (;;) {}').runInThisContext({ timeout: 10 });
} catch (err) {
  console.log(err.code, err.message);
}
console.log(vm.runInNewContext('1 + 1', {}, { timeout: 1000 }));
try {
  new vm.Script('let x = ;', { filename: 'foo.js' });
} catch (err) {
  console.log(err instanceof SyntaxError, err.name, err.stack.split('\n')[0]);
}
try {
  vm.runInNewContext('(', {}, 'bar.js');
} catch (err) {
  console.log(err instanceof SyntaxError, err.stack.split('\n')[0]);
}
try {
  vm.runInThisContext('}');
} catch (err) {
  console.log(err.stack.split('\n')[0]);
}
try {
  vm.runInNewContext('function r() { return r(); } r()');
} catch (err) {
  console.log('deep', err.name);
}
