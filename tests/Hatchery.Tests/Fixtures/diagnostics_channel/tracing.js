// Tracing channels: the five channels, handler objects, and traceSync, tracePromise and traceCallback.
const dc = require('diagnostics_channel');

const t = dc.tracingChannel('op');
console.log(t, Object.keys(t), t.hasSubscribers);
console.log(['start', 'end', 'asyncStart', 'asyncEnd', 'error'].map((e) => t[e].name));
console.log(t.start === dc.channel('tracing:op:start'), Object.getOwnPropertyDescriptor(t, 'end').writable);

// With no subscribers each trace just calls the function.
console.log(t.traceSync((a, b) => a + b, undefined, null, 1, 2));
console.log(t.tracePromise(() => 'not a promise'));
console.log(t.traceCallback(() => 'no callback needed'));

const log = [];
const describe = (context) => Object.entries(context).map(([k, v]) => `${k}=${v instanceof Error ? `Error(${v.message})` : v}`).join(' ');
const handlers = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[event] = (context, name) => log.push(`${event} [${name}] ${describe(context)}`);
}
t.subscribe(handlers);
console.log(t.hasSubscribers, dc.hasSubscribers('tracing:op:asyncEnd'));

console.log(t.traceSync(function (x) { return `${this}:${x}`; }, { id: 1 }, 'self', 'x'));
try {
  t.traceSync(() => {
    throw new Error('sync failure');
  }, { id: 2 });
} catch (e) {
  console.log('caught', e.message);
}
console.log(log.splice(0).join('\n'));

function traceCallbacks() {
  const returned = t.traceCallback(function (a, cb) {
    log.push(`fn ${a}`);
    const r = cb(null, 'result');
    log.push(`wrapped callback returned ${r}`);
    cb(new Error('second call fails'));
    return 'fn returned';
  }, 1, { id: 3 }, null, 'A', function (err, res) {
    log.push(`callback ${err && err.message} ${res} ${this === globalThis}`);
    return 'ignored';
  });
  console.log(returned);
  t.traceCallback((cb, b) => {
    setTimeout(() => cb(null, b), 1);
  }, 0, { id: 4 }, undefined, (err, res) => log.push(`late callback ${res}`), 'B');
  for (const [position, args] of [[-1, []], [0, ['no']], [5, [() => {}]]]) {
    try {
      t.traceCallback(() => {}, position, {}, null, ...args);
    } catch (e) {
      log.push(`${e.code} ${e.message}`);
    }
  }
}
traceCallbacks();

const promises = [
  t.tracePromise(async (v) => v * 2, { id: 5 }, null, 21),
  t.tracePromise(() => Promise.reject(new Error('rejected')), { id: 6 }).catch((e) => `caught ${e.message}`),
  t.tracePromise(() => 'plain', { id: 7 }),
  t.tracePromise(() => ({ then(resolve) { resolve('thenable'); } }), { id: 8 }),
];
try {
  t.tracePromise(() => {
    throw new Error('throws before a promise');
  }, { id: 9 });
} catch (e) {
  log.push(`caught ${e.message}`);
}
console.log(promises.map((p) => p instanceof Promise));
Promise.all(promises).then((values) => {
  console.log(values);
  setTimeout(() => {
    console.log(log.join('\n'));
    console.log(t.unsubscribe(handlers), t.unsubscribe(handlers), t.unsubscribe({}), t.hasSubscribers);
    console.log(t.unsubscribe({ start: handlers.start }));
    tracingFromChannels();
  }, 5);
});

function tracingFromChannels() {
  const parts = { start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er') };
  const own = dc.tracingChannel(parts);
  console.log(own.start === parts.start, own.error.name);
  const again = dc.tracingChannel(own);
  console.log(again.asyncEnd === parts.asyncEnd);
  own.subscribe({ end: (context) => console.log('own end', context.result) });
  own.traceSync(() => 'done');
  for (const bad of [1, null, undefined, { ...parts, asyncEnd: 'x' }, {}]) {
    try {
      dc.tracingChannel(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try {
    own.subscribe(null);
  } catch (e) {
    console.log(e.name);
  }
}
