console.log('before');
Promise.reject(new Error('rejected for real'));
setTimeout(() => console.log('never runs'), 10);
