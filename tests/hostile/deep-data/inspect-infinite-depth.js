// hostile: util.inspect with depth Infinity of a 1,000,000-deep array
// exit: 0
// stdout: caught RangeError
let a = []; for (let i = 0; i < 1e6; i++) a = [a];
const util = require('util');
try { console.log(util.inspect(a, { depth: Infinity }).length) } catch (e) { console.log('caught', e.name) }
