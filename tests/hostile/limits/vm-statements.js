// hostile: statements run in a vm context count against the runtime's statement limit
// args: --max-statements 100000
// exit: 123
// stderr: Statement limit exceeded
const vm = require('vm');
const context = vm.createContext({});
for (;;) vm.runInContext('for (var i = 0; i < 1000; i++) {}', context);
