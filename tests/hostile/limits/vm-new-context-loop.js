// hostile: an endless loop in a vm context, which catches what it can and which no vm timeout bounds
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
const vm = require('vm');
vm.runInNewContext('for (;;) { try { for (;;) {} } catch (e) {} }', {});
