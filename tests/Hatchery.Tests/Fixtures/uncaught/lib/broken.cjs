// A helper with a syntax error.
module.exports = {
  a: 1,
  b: ) 2,
};
