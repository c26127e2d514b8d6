// hostile: an unhandledRejection listener that rejects another promise each time
// args: --timeout 500
// exit: 124
// stderr: Time limit exceeded
process.on('unhandledRejection', () => { Promise.reject(new Error('again')); });
Promise.reject(new Error('first'));
