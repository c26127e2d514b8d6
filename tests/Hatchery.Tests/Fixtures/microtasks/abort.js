// AbortController.abort() dispatches its event synchronously but runs no pending promise callbacks.
const controller = new AbortController();
controller.signal.addEventListener('abort', () => console.log('abort event'));
Promise.resolve().then(() => console.log('A'));
controller.abort();
console.log('B');
AbortSignal.abort();
Promise.resolve().then(() => console.log('C'));
new AbortController().abort(new Error('x'));
console.log('D');
