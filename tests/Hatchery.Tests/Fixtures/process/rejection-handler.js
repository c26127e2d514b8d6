process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('nobody catches'));
const late = Promise.reject(new Error('caught later in same tick'));
late.catch(() => console.log('late catch ran'));
(async () => { throw 42; })();
setTimeout(() => console.log('still alive'), 1);
