// hostile: a join longer than the longest string is Node's catchable RangeError at once (unguarded, Jint walks the 2^31 holes for minutes)
// args: --timeout 60000
// exit: 0
// stdout: RangeError Invalid string length
try { Array(2 ** 31).join('ab'); } catch (e) { console.log(e.name, e.message); }
