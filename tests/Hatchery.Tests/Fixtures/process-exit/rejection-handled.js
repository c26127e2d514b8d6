// A rejection handled after it was reported as unhandled emits 'rejectionHandled'.
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message);
  seen.push(promise);
});
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled', promise === seen[0]);
});
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch((e) => console.log('caught', e.message));
}, 10);
// Handled before the microtask queue drains: neither event.
const q = Promise.reject(new Error('early'));
q.catch(() => {});
process.on('exit', (code) => console.log('exit', code));
