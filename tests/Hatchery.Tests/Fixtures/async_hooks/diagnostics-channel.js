// diagnostics_channel's bindStore with an AsyncLocalStorage: runStores enters the store, and what it queues keeps it.
const { AsyncLocalStorage } = require('async_hooks');
const dc = require('diagnostics_channel');
const als = new AsyncLocalStorage();
const channel = dc.channel('async_hooks.fixture');
channel.bindStore(als, (message) => `store of ${message.id}`);
channel.subscribe((message) => console.log('subscriber', message.id, als.getStore()));
const result = channel.runStores({ id: 'm1' }, function (x) {
  console.log('in runStores', als.getStore(), x);
  setTimeout(() => console.log('timer queued in runStores', als.getStore()), 1);
  Promise.resolve().then(() => console.log('then queued in runStores', als.getStore()));
  return 'returned';
}, null, 'arg');
console.log(result, als.getStore());
