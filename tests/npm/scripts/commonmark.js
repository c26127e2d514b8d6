// commonmark: parse, walk the AST, render HTML and XML.
const cm = require('commonmark');
const doc = new cm.Parser().parse('Hello *world*\n\n```js\nlet x;\n```\n\n1. one\n2. two\n');
console.log(new cm.HtmlRenderer().render(doc));
const w = doc.walker(); let ev; const types = [];
while ((ev = w.next())) if (ev.entering) types.push(ev.node.type);
console.log(types.join(' '), new cm.XmlRenderer().render(new cm.Parser().parse('*a*')).split('\n').length);
