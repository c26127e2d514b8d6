// hostile: memory grows without end (timer closures) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
const keep = []; (function step() { const big = new Array(5000).fill(keep.length); keep.push(() => big); setTimeout(step, 0); })();
