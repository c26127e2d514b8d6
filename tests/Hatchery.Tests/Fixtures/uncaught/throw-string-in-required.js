// A string thrown while a required module loads.
require('./lib/throws-string.cjs');
