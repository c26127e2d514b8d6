// Throws after printing: the response carries the error, where it was thrown and the output.
module.exports = function fail(input) {
  console.log(`about to fail for ${input}`);
  throw new TypeError(`no handler for ${input}`);
};
