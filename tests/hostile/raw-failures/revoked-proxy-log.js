// hostile: revoked proxy log
// exit: 0
// stdout: <Revoked Proxy>
const r = Proxy.revocable({}, {}); r.revoke(); console.log(r.proxy);
