// hostile: throw symbol caught
// exit: 0
// stdout: symbol Symbol(s)
try { throw Symbol('s'); } catch (e) { console.log(typeof e, String(e)); }
