// Node's timers module: the runtime's timer functions, taken from the binding so that replacing a global does
// not change what the module hands out.

module.exports = {
  setTimeout: binding.setTimeout,
  clearTimeout: binding.clearTimeout,
  setImmediate: binding.setImmediate,
  clearImmediate: binding.clearImmediate,
  setInterval: binding.setInterval,
  clearInterval: binding.clearInterval,
};

// Loaded on first read, as in Node, so that `require('timers')` alone does not build the promise API.
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); },
  enumerable: true,
  configurable: true,
});
