const a = require('./cycle-a'); exports.sawA = JSON.stringify(a);
