// The first use of built-ins that are loaded lazily (require('util'), the URL global, require('events'), Buffer,
// TextEncoder and more) runs no pending promise callbacks or nextTicks in the middle of synchronous code.
const log = (s) => console.log(s);
let n = 0;
function queue(tag) {
  const i = ++n;
  Promise.resolve().then(() => log(`${tag} promise ${i}`)).then(() => log(`${tag} promise ${i} again`));
  process.nextTick(() => log(`${tag} tick ${i}`));
  queueMicrotask(() => log(`${tag} microtask ${i}`));
}

queue('start');
const util = require('util');
log(`util ${typeof util.inspect}`);
queue('util');
log(`URL ${new URL('http://a/b').pathname}`);
queue('URL');
const events = require('events');
log(`events ${typeof events.once}`);
queue('events');
log(`Buffer ${Buffer.from('x').toString('hex')}`);
queue('Buffer');
log(`TextEncoder ${new TextEncoder().encode('x').length}`);
queue('TextEncoder');
log(`TextDecoder ${new TextDecoder().decode(new Uint8Array([104]))}`);
log(`URLSearchParams ${new URLSearchParams('a=1').get('a')}`);
log(`AbortController ${typeof new AbortController().signal}`);
log(`EventTarget ${typeof new EventTarget().addEventListener}`);
log(`structuredClone ${structuredClone({ a: 1 }).a}`);
log(`atob ${atob('eA==')}`);
log(`performance ${typeof performance.now()}`);
log(`Blob ${typeof Blob}`);
queue('rest');
log('end of script');
