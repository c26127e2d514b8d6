// hostile: doubling a string 28 times (a rope of 2^28 characters), then reading it whole under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stdout: built 268435456
// stderr: Memory limit exceeded
let s = 'x';
for (let i = 0; i < 28; i++) s = s + s;
console.log('built', s.length);
s.indexOf('y');
console.log('read whole, still running');
