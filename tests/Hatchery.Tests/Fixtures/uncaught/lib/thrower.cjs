// A helper whose function throws.
exports.fail = function fail() {
  throw new Error('from module');
};
