// The store follows promise reactions (then, catch, finally, thenables, Promise.all) and the code after await.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = (label) => console.log(label, als.getStore());

als.run('then', () => {
  Promise.resolve(1).then(() => log('then'));
  Promise.reject(new Error('x')).catch(() => log('catch'));
  Promise.resolve().finally(() => log('finally'));
  Promise.all([1, Promise.resolve(2)]).then(() => log('Promise.all'));
  new Promise((resolve) => setImmediate(resolve)).then(() => log('then of an immediate promise'));
});

// A then registered in one context runs in it, whoever resolves the promise.
let resolveLater;
const later = new Promise((resolve) => {
  resolveLater = resolve;
});
als.run('registered', () => later.then(() => log('then registered in a run')));
als.run('resolver', () => setImmediate(() => resolveLater()));

async function task(name) {
  log(`${name} start`);
  await null;
  log(`${name} after await null`);
  await new Promise((resolve) => setImmediate(resolve));
  log(`${name} after await immediate`);
  await als.run('inside', async () => {
    await 0;
    log(`${name} inside nested run`);
  });
  log(`${name} after nested run`);
  try {
    await Promise.reject(new Error('no'));
  } catch {
    log(`${name} after await rejection`);
  }
  const thenable = { then: (resolve) => { log(`${name} thenable then`); resolve(5); } };
  await thenable;
  log(`${name} after await thenable`);
  for await (const x of [1]) log(`${name} for await ${x}`);
  return name;
}
als.run('async A', () => task('A')).then((name) => log(`then of ${name}`));
als.run('async B', () => task('B'));
(async () => {
  await null;
  log('async without store');
})();
log('sync end');
