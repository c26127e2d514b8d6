// Channels by name: identity, subscribers, publishing, argument errors, and how a channel inspects.
const dc = require('diagnostics_channel');

console.log(Object.keys(dc), dc === require('node:diagnostics_channel'));

const a = dc.channel('a');
console.log(a === dc.channel('a'), a.name, a instanceof dc.Channel, a.hasSubscribers, dc.hasSubscribers('a'));
console.log(a);

const sym = Symbol('sym');
console.log(dc.channel(sym) === dc.channel(sym), dc.channel(sym).name === sym, dc.channel(Symbol('sym')) === dc.channel(sym));

function first(message, name) {
  console.log('first', message, name);
}
function second(message, name) {
  console.log('second', message, typeof name === 'symbol' ? name.toString() : name);
}
a.subscribe(first);
dc.subscribe('a', second);
console.log(a.hasSubscribers, dc.hasSubscribers('a'), a instanceof dc.Channel);
console.log(a);
a.publish({ n: 1 });
a.publish();

console.log(a.unsubscribe(first), a.unsubscribe(first), dc.unsubscribe('a', second), a.hasSubscribers);
console.log(a);
a.publish('nobody hears this');

dc.subscribe(sym, second);
dc.channel(sym).publish('to a symbol');
console.log(dc.unsubscribe(sym, second));

// hasSubscribers never makes a channel; unsubscribe does.
console.log(dc.hasSubscribers('never'), dc.hasSubscribers(1), dc.hasSubscribers(Symbol('x')));
console.log(dc.unsubscribe('made-by-unsubscribe', first));

// A publish keeps the subscribers it started with.
const m = dc.channel('m');
function leaves() {
  console.log('leaves');
  m.unsubscribe(leaves);
}
function stays() {
  console.log('stays');
}
function adds() {
  console.log('adds');
  m.subscribe(added);
}
function added() {
  console.log('added');
}
m.subscribe(leaves);
m.subscribe(stays);
m.subscribe(adds);
m.publish(1);
console.log('--');
m.publish(2);

// The same function twice is two subscriptions.
const twice = dc.channel('twice');
twice.subscribe(stays);
twice.subscribe(stays);
twice.publish();
console.log(twice.unsubscribe(stays), twice.hasSubscribers, twice.unsubscribe(stays), twice.hasSubscribers);

// new Channel(name) replaces the channel of that name.
const made = new dc.Channel('made');
console.log(made === dc.channel('made'), dc.Channel.length);

for (const bad of [1, null, undefined, {}, 1n]) {
  try {
    dc.channel(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  dc.channel('c').subscribe('not a function');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
// The failed subscribe still left the channel active, as Node does.
console.log(dc.channel('c').hasSubscribers, dc.channel('c'));
try {
  dc.subscribe(42, first);
} catch (e) {
  console.log(e.code, e.message);
}
