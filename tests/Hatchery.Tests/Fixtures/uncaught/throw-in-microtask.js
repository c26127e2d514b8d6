// A throw from a queueMicrotask callback is an uncaught exception, not a rejection: the run ends at once (the
// promise job queued after it never runs), 'exit' sees code 1, and the caret is where the error was made.
process.on('exit', (code) => console.log('exit', code));
console.log('start');
function fail() {
  const error = new TypeError('boom');
  throw error;
}
queueMicrotask(fail);
Promise.resolve().then(() => console.log('never'));
