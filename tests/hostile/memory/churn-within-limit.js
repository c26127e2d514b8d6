// hostile: allocates about 300 MB in small pieces but holds little: the memory limit is about what is kept, so it runs to the end
// args: --memory-limit 16777216
// exit: 0
// stdout: done true
let total = 0;
for (let i = 0; i < 200000; i++) total += JSON.stringify({ i, s: 'abcdefghij', list: [1, 2, 3] }).length;
console.log('done', total > 0);
