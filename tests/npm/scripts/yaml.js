// yaml: parse documents, anchors, stringify, and the document API with comments.
const YAML = require('yaml');
console.log(JSON.stringify(YAML.parse('a: 1\nb: [x, y]\nbase: &b { k: v }\nref: *b\nmulti: |\n  line1\n  line2\n')));
console.log(YAML.stringify({ name: 'x', list: [1, { n: 2 }], nested: { deep: { yes: true } }, s: 'a: b' }));
const doc = YAML.parseDocument('# top\nkey: value # trailing\n');
doc.set('added', [1, 2]);
console.log(doc.toString(), YAML.parseAllDocuments('a: 1\n---\nb: 2\n').length);
try { YAML.parse('a: [1'); } catch (e) { console.log(e.name, e.code); }
