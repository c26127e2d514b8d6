// hostile: memory grows without end (closures) under a 16 MB limit
// args: --memory-limit 16777216
// exit: 122
// stderr: Memory limit exceeded
let f = () => 0; for (let i = 0; ; i++) { const g = f, pad = new Array(100).fill(i); f = () => g() + pad.length; }
