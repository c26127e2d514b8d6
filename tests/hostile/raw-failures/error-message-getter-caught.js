// hostile: error message getter caught
// exit: 0
// stdout: true
const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('getter'); } });
try { throw e; } catch (c) { console.log(c === e); }
