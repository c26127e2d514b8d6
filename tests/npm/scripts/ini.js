// ini: parse sections, arrays, booleans; stringify back.
const ini = require('ini');
const cfg = ini.parse('; comment\nscope = global\n[database]\nuser = dbuser\nport = 5432\nenabled = true\n[paths.default]\ndir = /tmp\narr[] = a\narr[] = b\n');
console.log(JSON.stringify(cfg));
cfg.database.user = 'new'; cfg.extra = { k: 'v w' };
console.log(ini.stringify(cfg, { whitespace: true }));
