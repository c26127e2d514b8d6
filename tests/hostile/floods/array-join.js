// hostile: joining arrays of 2^28 and 2^31 holes with an empty separator under a 1 s limit: Node's empty string at once (Jint walks every hole: 19 s, stopped by the time limit)
// args: --timeout 1000
// exit: 0
// stdout: empty 0 0
// stdout: few x1.5true
// stdout: commas 2097151 ,,,,,x,,,
console.log('empty', Array(2 ** 28).join('').length, Array(2 ** 31).join('').length);
const few = Array(2 ** 28); few[5] = 'x'; few[2 ** 27] = 1.5; few[2 ** 28 - 1] = true; few[7] = null; few[9] = undefined;
console.log('few', few.join(''));
const commas = Array(2 ** 21); commas[5] = 'x';
const joined = commas.join();
console.log('commas', joined.length - 1, joined.slice(0, 9));
