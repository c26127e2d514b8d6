// Flowing mode: 'data' listeners start the flow on the next tick; pause() and resume() with their events; 'end'
// then 'close'; the state getters along the way.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
log('initial', r.readableFlowing, r.isPaused(), r.readable, r.readableEnded);
r.on('pause', () => log('pause event'));
r.on('resume', () => log('resume event'));
r.on('data', (c) => log('data', JSON.stringify(c.toString()), 'length now', r.readableLength));
r.on('end', () => log('end', r.readableEnded, r.readable));
r.on('close', () => log('close', r.destroyed, r.closed));
log('after on(data)', r.readableFlowing);
r.push('one');
r.push('two');
log('pushed, buffered', r.readableLength);
process.nextTick(() => log('tick 1'));
setImmediate(() => {
  log('immediate: pause');
  r.pause();
  log('paused', r.isPaused(), r.readableFlowing);
  r.push('three');
  log('while paused, buffered', r.readableLength);
  setImmediate(() => {
    log('resume');
    r.resume();
    r.push(null);
    log('push(null) returns sync');
  });
});
log('sync end');
