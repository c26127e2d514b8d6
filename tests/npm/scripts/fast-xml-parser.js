// fast-xml-parser: parse with attributes, build XML, validate.
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');
const xml = '<?xml version="1.0"?><root a="1"><item id="x">One</item><item id="y">Two &amp; more</item><n>42</n></root>';
const obj = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
console.log(JSON.stringify(obj));
console.log(new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true }).build({ a: { '@k': 'v', b: ['1', '2'] } }));
console.log(XMLValidator.validate('<a><b></a>').err.msg);
