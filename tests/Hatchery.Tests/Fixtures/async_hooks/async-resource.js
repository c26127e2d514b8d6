// AsyncResource: runInAsyncScope, bind, static bind and AsyncLocalStorage.bind keep the context of their creation.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const resource = als.run('created', () => new AsyncResource('MyResource'));
console.log(typeof resource.asyncId(), typeof resource.triggerAsyncId(), resource.asyncId() > 1);
console.log(resource.emitDestroy() === resource);
als.run('caller', () => {
  const r = resource.runInAsyncScope(function (a, b) {
    console.log('runInAsyncScope', als.getStore(), this, a, b);
    console.log('executionAsyncId is the resource', executionAsyncId() === resource.asyncId(), triggerAsyncId() === resource.triggerAsyncId());
    return 'result';
  }, { self: true }, 1, 2);
  console.log('returned', r, als.getStore());
});
const bound = als.run('bound', () => resource.bind(function (x) { return [als.getStore(), x, this]; }));
console.log(bound.length, Object.keys(bound));
console.log(als.run('elsewhere', () => bound.call('thisValue', 'x')));
const boundThis = resource.bind(function () { return this; }, 'fixed');
console.log(boundThis.call('ignored'));
const staticBound = als.run('static', () => AsyncResource.bind((a) => `${als.getStore()} ${a}`));
console.log(staticBound('y'), staticBound.length);
const alsBound = als.run('als.bind', () => AsyncLocalStorage.bind(() => als.getStore()));
console.log(alsBound(), als.run('other', alsBound));
als.run('later', () => setTimeout(resource.bind(() => console.log('bound timer callback', als.getStore())), 1));
const withTrigger = new AsyncResource('T', { triggerAsyncId: 7 });
console.log(withTrigger.triggerAsyncId());
for (const attempt of [() => new AsyncResource(), () => new AsyncResource('T', { triggerAsyncId: -2 }), () => resource.bind(5)]) {
  try {
    attempt();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
