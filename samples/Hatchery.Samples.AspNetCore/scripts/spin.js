// Never returns: the request's time limit stops it.
module.exports = function spin(input) {
  console.log(`spinning for ${input}`);
  for (;;) {}
};
