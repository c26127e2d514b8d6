// Reading the URL global first (before anything else loads the url module) runs no pending callbacks, and a nextTick
// still runs before the promise callbacks queued ahead of it.
const log = (s) => console.log(s);
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => log('tick 1'));
const U = URL;
log(`read URL ${typeof U}`);
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('tick 2'));
log(`href ${new U('http://a/b?c').search}`);
log(`util ${require('util').inspect(new U('http://x/')).includes('href')}`);
log('end of script');
