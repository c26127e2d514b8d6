// content-type: parse and format media types with parameters.
const ct = require('content-type');
const t = ct.parse('text/html; charset=utf-8; foo="bar baz"');
console.log(t.type, JSON.stringify(t.parameters), ct.format({ type: 'image/svg+xml', parameters: { charset: 'utf-8', q: 'a b' } }));
try { ct.parse('bad type'); } catch (e) { console.log(e.name, e.message); }
