// Promise.reject of a non-error: ERR_UNHANDLED_REJECTION.
Promise.reject('plain reason');
