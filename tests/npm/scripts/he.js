// he: an HTML entity encoder/decoder with a large entity table.
const he = require('he');
console.log(he.encode('foo © bar ≠ baz 𝌆 qux'));
console.log(he.encode('foo © bar ≠ baz 𝌆 qux', { useNamedReferences: true }));
console.log(he.encode('<img src="x">', { encodeEverything: false, allowUnsafeSymbols: false }), he.escape('<"&\'`>'));
console.log(he.decode('foo &copy; bar &ne; baz &#x1D306; qux &amp &lt;b&gt;'));
console.log(he.decode('&#xZZ; &#0; &#x110000;'), he.version);
try { he.decode('&amp', { strict: true }); } catch (e) { console.log(e.message); }
