const { Transform } = require('stream');
const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
process.stdin.pipe(up).pipe(process.stdout);
