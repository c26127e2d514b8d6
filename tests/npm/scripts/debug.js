// debug: enabled through the DEBUG environment variable, writing to stderr (dates hidden for stable output).
process.env.DEBUG = 'app:*,-app:secret';
process.env.DEBUG_HIDE_DATE = 'true';
process.env.DEBUG_COLORS = 'no';
const debug = require('debug');
const log = debug('app:main');
const secret = debug('app:secret');
const other = debug('other');
log('hello %s, %d items, %o', 'world', 3, { a: [1, 2] });
log('json %j', { b: true });
secret('hidden');
other('also hidden');
console.log(log.enabled, secret.enabled, other.enabled, debug.enabled('app:x'));
const child = log.extend('child');
child('from %s', child.namespace);
debug.enable('other');
other('now visible');
log('now hidden');
console.log(debug.disable());
