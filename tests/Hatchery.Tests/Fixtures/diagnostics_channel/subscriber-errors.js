// A subscriber that throws does not stop the publisher or the other subscribers; its error is thrown again on the
// next tick, as an uncaught exception.
const dc = require('diagnostics_channel');

process.on('uncaughtException', (error, origin) => console.log('uncaught', error.name, error.message, origin));

const c = dc.channel('errors');
c.subscribe(() => {
  throw new RangeError('first fails');
});
c.subscribe((message) => console.log('second gets', message));
c.subscribe(() => {
  throw new TypeError('third fails');
});
c.publish('hello');
console.log('publish returned');
// Nothing else is queued in this turn: where Node runs the ticks after one that threw depends on timing.
setTimeout(() => {
  c.publish('later');
  console.log('second publish returned');
}, 20);
