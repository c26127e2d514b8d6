// hostile: structuredClone of a 1,000,000-deep object
// exit: 0
// stdout: caught RangeError
let a = {}; for (let i = 0; i < 1e6; i++) a = {a};
try { structuredClone(a); console.log('ok') } catch (e) { console.log('caught', e.name) }
