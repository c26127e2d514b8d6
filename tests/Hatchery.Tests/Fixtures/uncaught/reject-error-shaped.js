// An error-like object without an own stack is wrapped, and named as an error.
Promise.reject(Object.assign(Object.create(Error.prototype), { message: 'shaped' }));
