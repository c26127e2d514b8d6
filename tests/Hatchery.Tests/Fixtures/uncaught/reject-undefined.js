// Promise.reject of undefined.
Promise.reject();
