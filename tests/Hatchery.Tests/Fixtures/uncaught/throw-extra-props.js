// Own properties of an error print after its stack.
const e = new Error('with extras');
e.code = 'E_EXTRA';
e.errno = 7;
throw e;
