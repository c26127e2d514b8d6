exports.early = 'a-early'; const b = require('./cycle-b'); exports.seen = b.sawA;
