// Promise.reject of an object.
Promise.reject({ reason: 1 });
