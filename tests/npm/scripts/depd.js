// depd: deprecation messages, located through Error.captureStackTrace and Error.prepareStackTrace's call sites.
const path = require('path');
const depd = require('depd');

const deprecate = depd('my-module');
// With a listener the message is emitted as a DeprecationError instead of printed (with a date) to stderr.
process.on('deprecation', (err) => {
  console.log(err.name, err.namespace, JSON.stringify(err.message), err.stack.split('\n')[0]);
});

function oldApi() {
  deprecate('oldApi() is deprecated, use newApi()');
  return 'old';
}
// A call site warns once.
for (let i = 0; i < 3; i++) oldApi();

const api = {
  sum(a, b) { return a + b; },
  legacy: 1,
};
api.total = deprecate.function(api.sum, 'total: use sum');
console.log(api.total(2, 3), api.total.length);
deprecate.property(api, 'legacy', 'legacy is going away');
console.log(api.legacy);

console.log(typeof deprecate, deprecate._namespace, path.basename(deprecate._file));
try {
  depd();
} catch (e) {
  console.log(e.name, e.message);
}
