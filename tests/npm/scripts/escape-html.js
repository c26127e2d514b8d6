// escape-html: the smallest plain-main package.
const escapeHtml = require('escape-html');
console.log(escapeHtml('<script>alert("x" & \'y\')</script>'));
console.log(escapeHtml('no specials'), escapeHtml(''), escapeHtml(42), escapeHtml('a&b&c'));
