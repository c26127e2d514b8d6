// hostile: many callbacks, each allocating and dropping, stay under the memory limit
// args: --memory-limit 16777216
// exit: 0
// stdout: done 10000
let n = 0;
(function step() { const a = new Array(10000).fill(n); if (++n < 300) setImmediate(step); else console.log('done', a.length); })();
