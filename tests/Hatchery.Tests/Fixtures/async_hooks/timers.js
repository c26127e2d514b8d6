// The store follows setTimeout, setInterval and setImmediate callbacks; enterWith inside one does not leak out.
// The steps run one after another (each started outside any store), so their order does not hang on timing.
const { AsyncLocalStorage } = require('async_hooks');
const timers = require('timers');
const timersPromises = require('timers/promises');
const als = new AsyncLocalStorage();
const log = (label) => console.log(label, als.getStore());

const steps = [
  (done) => als.run('timeout', () => setTimeout((arg) => {
    log(`setTimeout ${arg}`);
    setTimeout(() => {
      log('timeout in timeout');
      als.run('nested', () => setTimeout(() => {
        log('nested timeout');
        done();
      }, 1));
    }, 1);
  }, 1, 'x')),
  (done) => als.run('interval', () => {
    let n = 0;
    const handle = setInterval(() => {
      log(`setInterval ${++n}`);
      if (n === 3) {
        clearInterval(handle);
        done();
      }
    }, 1);
  }),
  (done) => {
    als.run('immediate', () => setImmediate(() => {
      log('setImmediate');
      als.enterWith('entered in immediate');
      log('after enterWith');
      setImmediate(() => {
        log('immediate after enterWith');
        done();
      });
    }));
    setImmediate(() => log('sibling immediate'));
  },
  (done) => setTimeout(() => {
    log('no store');
    done();
  }, 1),
  (done) => als.run('timers module', () => timers.setTimeout(() => {
    log('timers.setTimeout');
    timers.setImmediate(() => {
      log('timers.setImmediate');
      done();
    });
  }, 1)),
  (done) => als.run('timers/promises', async () => {
    await timersPromises.setTimeout(1);
    log('timers/promises setTimeout');
    await timersPromises.setImmediate();
    log('timers/promises setImmediate');
    done();
  }),
];
function start(i) {
  if (i < steps.length) als.run(undefined, () => steps[i](() => start(i + 1)));
  else log('end');
}
start(0);
log('sync end');
