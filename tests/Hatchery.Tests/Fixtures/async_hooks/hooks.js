// createHook validates its callbacks and returns a hook whose enable() and disable() return it; ids are numbers.
const asyncHooks = require('async_hooks');
const hook = asyncHooks.createHook({});
console.log(hook.enable() === hook, hook.disable() === hook);
console.log(typeof asyncHooks.executionAsyncId(), typeof asyncHooks.triggerAsyncId(), typeof asyncHooks.executionAsyncResource());
for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  try {
    asyncHooks.createHook({ [name]: 1 });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
