// hostile: a typed array and an ArrayBuffer of a terabyte
// exit: 0
// stdout: RangeError RangeError
const names = [];
try { new Uint8Array(2 ** 40); } catch (e) { names.push(e.name); }
try { new ArrayBuffer(2 ** 40); } catch (e) { names.push(e.name); }
console.log(names.join(' '));
