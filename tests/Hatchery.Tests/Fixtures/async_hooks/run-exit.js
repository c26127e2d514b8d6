// AsyncLocalStorage.run nests and restores, exit hides the store, getStore outside any run, disable, return values.
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
console.log('outside', als.getStore());
const result = als.run({ id: 1 }, (a, b) => {
  console.log('outer', als.getStore(), a, b);
  als.run({ id: 2 }, () => {
    console.log('inner', als.getStore());
    other.run('other', () => console.log('both', als.getStore(), other.getStore()));
    console.log('other after', other.getStore());
  });
  console.log('restored', als.getStore());
  console.log('exit returns', als.exit((x) => {
    console.log('in exit', als.getStore(), x);
    return 'exited';
  }, 'arg'));
  console.log('after exit', als.getStore());
  return 'ran';
}, 'A', 'B');
console.log('run returns', result, als.getStore());
try {
  als.run('thrown', () => {
    throw new Error('boom');
  });
} catch (e) {
  console.log('caught', e.message, als.getStore());
}
als.run('this', function () {
  console.log('this is', this === undefined ? 'undefined' : this === globalThis ? 'global' : typeof this);
});
console.log('exit outside run', als.exit(() => als.getStore()));
als.enterWith('entered');
console.log('entered', als.getStore());
als.disable();
console.log('disabled', als.getStore());
als.run('again', () => console.log('enabled by run', als.getStore()));
console.log('after run', als.getStore());
console.log(typeof AsyncLocalStorage.bind, typeof AsyncLocalStorage.snapshot, Object.keys(require('async_hooks')).sort());
console.log(require('async_hooks') === require('node:async_hooks'));
