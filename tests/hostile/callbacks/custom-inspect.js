// hostile: a runaway loop in custom inspect
// args: --timeout 300
// exit: 124
// stderr: Time limit exceeded
const util = require('util'); util.inspect({ [util.inspect.custom]() { for (;;) {} } });
