// A thrown object in a timer callback.
setTimeout(() => {
  throw { late: true };
}, 1);
