// hostile: a string of a billion characters
// exit: 0
// stdout: RangeError Invalid string length
try { 'x'.repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }
