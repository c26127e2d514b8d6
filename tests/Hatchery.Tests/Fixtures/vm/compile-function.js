// vm.compileFunction: a function of the given parameters whose body is the code.
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(1, 2), add.name === '', add.length, typeof add);
const noParams = vm.compileFunction('return typeof require');
console.log(noParams(), noParams.length);
const context = vm.createContext({ base: 10 });
const inContext = vm.compileFunction('return base + n', ['n'], { parsingContext: context });
console.log(inContext(5));
try {
  vm.compileFunction('return (', [], { filename: 'broken.js' });
} catch (err) {
  console.log(err.name, err.stack.split('\n')[0]);
}
