// hostile: assert.deepStrictEqual of two 1,000,000-deep arrays
// exit: 0
// stdout: caught RangeError
let a = [], b = []; for (let i = 0; i < 1e6; i++) { a = [a]; b = [b]; }
try { require('assert').deepStrictEqual(a, b); console.log('ok') } catch (e) { console.log('caught', e.name) }
