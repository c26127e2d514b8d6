console.log('start');
setTimeout(() => {
  throw new Error('boom in timer');
}, 1);
setTimeout(() => console.log('never runs'), 50);
