// hostile: a Proxy get trap that reads through the proxy
// exit: 0
// stdout: caught RangeError
const p = new Proxy({}, { get(t, k, r) { return r[k] } });
try { p.x } catch (e) { console.log('caught', e.name) }
