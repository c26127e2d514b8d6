// hostile: proxy inspect target
// exit: 0
// stdout: [ 1, 2 ]
console.log(require('util').inspect(new Proxy([1, 2], { get() { throw new Error('trap'); } })));
