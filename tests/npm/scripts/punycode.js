// punycode: encode/decode labels, IDNA domains, ucs2.
const punycode = require('punycode/');
console.log(punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.toASCII('mañana.com'), punycode.toUnicode('xn--mnchen-3ya.de'));
console.log(punycode.ucs2.decode('😀a').join(','), punycode.ucs2.encode([0x1f600, 97]), punycode.toASCII('☃-⌘.com'), punycode.version);
