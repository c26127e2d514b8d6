// entities: an "exports" map with import/require conditions; HTML and XML encoding and decoding.
const entities = require('entities');
const { decodeHTML, encodeHTML, escapeUTF8 } = entities;
console.log(entities.decode('&lt;p&gt;caf&eacute; &amp; &#x1F600; &notanentity; &copy&nbsp;x'));
console.log(entities.encode('<a href="x">Ünïcode & 😀</a>'));
console.log(encodeHTML('© ∑ ≠'), escapeUTF8('<"é">'));
console.log(decodeHTML('&amp&lt&gt&Auml;&#65;&#x42;'), entities.decodeXML('&apos;&quot;&amp;&eacute;'));
console.log(entities.encodeNonAsciiHTML('naïve ☃'), entities.escapeAttribute('a"b&c\u00a0'), entities.escapeText('<&>'));
console.log(require.resolve('entities').split('node_modules/')[1]);
