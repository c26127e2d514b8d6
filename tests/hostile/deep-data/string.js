// hostile: String() of a 1,000,000-deep array
// exit: 0
// stdout: caught RangeError
let a = []; for (let i = 0; i < 1e6; i++) a = [a];
try { console.log(String(a).length) } catch (e) { console.log('caught', e.name) }
