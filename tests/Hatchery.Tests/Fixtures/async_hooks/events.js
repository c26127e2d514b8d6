// EventEmitter does not carry a store: a listener runs in the context of the code that emits.
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const emitter = new EventEmitter();
als.run('listener added here', () => {
  emitter.on('ping', (from) => console.log('listener', from, als.getStore()));
});
emitter.emit('ping', 'emit outside');
als.run('emitter', () => emitter.emit('ping', 'emit in run'));
als.run('timer', () => setTimeout(() => emitter.emit('ping', 'emit in a timer'), 1));
// AsyncResource.bind is how a listener keeps the context it was added in.
const { AsyncResource } = require('async_hooks');
als.run('bound', () => {
  emitter.on('bound', AsyncResource.bind(() => console.log('bound listener', als.getStore())));
});
als.run('emitter2', () => emitter.emit('bound'));
