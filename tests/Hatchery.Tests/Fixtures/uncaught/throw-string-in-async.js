// A string thrown inside an async function: ERR_UNHANDLED_REJECTION.
async function work() {
  throw 'async string';
}
work();
