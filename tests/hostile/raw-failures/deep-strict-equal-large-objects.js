// hostile: deep strict equal large objects
// exit: 0
// stdout: ERR_ASSERTION true
const assert = require('assert'); const a = {}, b = {}; for (let i = 0; i < 5000; i++) { a['k' + i] = i; b['k' + i] = i; } b.k2500 = -1;
try { assert.deepStrictEqual(a, b); } catch (e) { console.log(e.code, e.message.length < 2000); }
