// hostile: an uncaught error whose stack getter throws the error again
// exit: 1
// stderr: Error
const e = new Error('x'); Object.defineProperty(e, 'stack', { get() { throw e } });
throw e;
