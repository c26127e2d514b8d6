// hostile: an array of 2^32 elements
// exit: 0
// stdout: RangeError Invalid array length
try { new Array(2 ** 32); } catch (e) { console.log(e.name, e.message); }
