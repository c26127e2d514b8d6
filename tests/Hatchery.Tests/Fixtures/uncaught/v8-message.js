// An uncaught engine error prints with V8's message.
let load;
load();
