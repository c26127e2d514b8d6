// hostile: eval of 100,000 nested array literals
// exit: 1
// stderr: RangeError: Maximum call stack size exceeded
// stderr: eval-arrays.js:
try { eval('['.repeat(1e5) + ']'.repeat(1e5)); console.log('ok') } catch (e) { console.log('caught', e.name) }
