// hostile: a vm timeout longer than the runtime's time limit does not extend it
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
const vm = require('vm');
vm.runInNewContext('while (true) {}', {}, { timeout: 60000 });
