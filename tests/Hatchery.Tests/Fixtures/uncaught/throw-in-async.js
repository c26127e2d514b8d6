// A throw inside an async function is an unhandled rejection.
async function work() {
  await null;
  throw new Error('async boom');
}
work();
