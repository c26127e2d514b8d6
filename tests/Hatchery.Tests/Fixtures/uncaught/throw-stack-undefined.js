// An error whose stack was set to undefined prints as Node prints it when thrown.
const e = new Error('x');
e.stack = undefined;
throw e;
