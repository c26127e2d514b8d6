const a = require('./swap-a'); exports.partial = Object.keys(a).length;
