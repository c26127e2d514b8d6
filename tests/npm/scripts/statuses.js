// statuses: code/message lookup, redirect/retry/empty sets.
const status = require('statuses');
console.log(status(404), status('forbidden'), status.message[418], status.redirect[301], status.empty[204], status.retry[503], status.codes.length);
try { status(999); } catch (e) { console.log(e.message); }
