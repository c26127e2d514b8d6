// bindStore, runStores and unbindStore with a store of one's own (anything with run(value, fn)).
const dc = require('diagnostics_channel');

function makeStore(label) {
  return {
    label,
    run(value, fn) {
      console.log(label, 'run with', value);
      const result = fn();
      console.log(label, 'done');
      return result;
    },
  };
}

process.on('uncaughtException', (error) => console.log('uncaught', error.name, error.message));

const c = dc.channel('stores');
// With nothing bound, runStores only calls fn.
console.log(c.runStores({ q: 1 }, function (x, y) { return [typeof this, this && this.self, x, y]; }, { self: 'me' }, 'X', 'Y'));

const outer = makeStore('outer');
const inner = makeStore('inner');
c.bindStore(inner, (message) => ({ inner: message }));
console.log(c.hasSubscribers, dc.hasSubscribers('stores'));
c.bindStore(outer);
c.subscribe((message, name) => console.log('subscriber', message, name));
console.log(c.runStores('msg', (a) => `fn got ${a}`, undefined, 'arg'));

// Binding the same store again replaces its transform.
c.bindStore(inner, () => 'replaced');
console.log(c.runStores('msg2', () => 'r2'));

// A transform that throws is reported; fn still runs, outside that store.
c.bindStore(inner, () => {
  throw new Error('transform fails');
});
console.log(c.runStores('msg3', () => 'r3'));
c.bindStore(inner, 5);
console.log(c.runStores('msg4', () => 'r4'));

console.log(c.unbindStore(inner), c.unbindStore(inner), c.unbindStore(outer), c.hasSubscribers);
c.unsubscribe(c._subscribers[0]);
console.log(c.hasSubscribers, c);
try {
  c.runStores(1, 5);
} catch (e) {
  console.log(e.name);
}
