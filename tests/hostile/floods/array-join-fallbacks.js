// hostile: huge sparse joins that must read more than the array's own elements (a hole reads an index property of Array.prototype; a getter runs) get Jint's own join, as in Node (2^20 holes: about a second under load, hence the generous limit)
// args: --timeout 30000
// exit: 0
// stdout: from the prototype z
// stdout: getter ran
// stdout: through a getter g
Array.prototype[3] = 'z';
console.log('from the prototype', Array(2 ** 20).join(''));
delete Array.prototype[3];
const withGetter = Array(2 ** 20);
Object.defineProperty(withGetter, 4, { get() { console.log('getter ran'); return 'g'; } });
console.log('through a getter', withGetter.join(''));
