// hostile: joining arrays of 2^28 and 2^31 holes with an empty separator under a 5 s limit (0.1 s by hand; 5 s for CI beside parallel processes): Node's empty string at once (Jint walks every hole: 15 s for 2^28, stopped by the time limit)
// args: --timeout 5000
// exit: 0
// stdout: empty 0 0
// stdout: few x1.5true
// stdout: commas 2097151 ,,,,,x,,,
// stdout: named e.
console.log('empty', Array(2 ** 28).join('').length, Array(2 ** 31).join('').length);
const few = Array(2 ** 28); few[5] = 'x'; few[2 ** 27] = 1.5; few[2 ** 28 - 1] = true; few[7] = null; few[9] = undefined;
console.log('few', few.join(''));
const commas = Array(2 ** 21); commas[5] = 'x';
const joined = commas.join();
console.log('commas', joined.length - 1, joined.slice(0, 9));
const named = Array(2 ** 21); named['007'] = 'q'; named[1] = 'e'; named[2 ** 32] = 'w';
console.log('named', named.join('') + '.');
