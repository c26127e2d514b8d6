// A throw in a setTimeout callback.
setTimeout(function tick() {
  throw new TypeError('late');
}, 1);
