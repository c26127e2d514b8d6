// hostile: reading through a chain of a million Proxies
// exit: 0
// stdout: caught RangeError
let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {});
try { console.log(p.x) } catch (e) { console.log('caught', e.name) }
