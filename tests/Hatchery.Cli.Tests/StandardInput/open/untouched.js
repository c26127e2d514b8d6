console.log('hi');
setTimeout(() => console.log('timer'), 10);
