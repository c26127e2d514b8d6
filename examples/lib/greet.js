/** Builds a greeting; shows that a module's exports can be a single function. */
module.exports = function greet(audience) {
  return `Hello, ${audience}! (from ${require('path').basename(__filename)})`;
};
