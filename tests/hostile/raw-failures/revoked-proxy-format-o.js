// hostile: revoked proxy format o
// exit: 0
// stdout: <Revoked Proxy>
const r = Proxy.revocable([1], {}); r.revoke(); console.log(require('util').format('%o', r.proxy));
