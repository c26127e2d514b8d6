// hostile: deep strict equal large arrays
// exit: 0
// stdout: ERR_ASSERTION true
// stdout: Expected values to be strictly deep-equal:|+ actual - expected ... Lines skipped||  [|    0,|...|    9998,|    9999,
const assert = require('assert'); const a = Array.from({ length: 20000 }, (_, i) => i), b = a.slice(); b[10000] = -1;
try { assert.deepStrictEqual(a, b); } catch (e) { console.log(e.code, e.message.length < 2000); console.log(e.message.split('\n').slice(0, 8).join('|')); }
