// hostile: proxy show proxy
// exit: 0
// stdout: Proxy [ { a: 1 }, { get: [Function: get] } ]
console.log(require('util').inspect(new Proxy({ a: 1 }, { get() { throw new Error('trap'); } }), { showProxy: true }));
