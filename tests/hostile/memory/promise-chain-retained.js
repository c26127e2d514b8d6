// hostile: memory grows without end (promise chain retained) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; (function step() { keep.push(new Array(1000).fill(0)); Promise.resolve().then(step); })();
