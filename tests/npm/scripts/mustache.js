// mustache: logic-less templates with sections, partials, lambdas and custom tags.
const Mustache = require('mustache');
const view = {
  title: 'Joe & <Co>', calc: () => 2 + 4, people: [{ name: 'a' }, { name: 'b' }], empty: [],
  bold: () => (text, render) => '<b>' + render(text) + '</b>', nested: { value: 'deep' },
};
console.log(Mustache.render('{{title}} {{{title}}} {{&title}} spends {{calc}}\n{{#people}}- {{name}}\n{{/people}}{{^empty}}none{{/empty}} {{#bold}}Hi {{nested.value}}{{/bold}} {{> part}}', view, { part: '[{{nested.value}}]' }));
console.log(Mustache.render('<%name%> {{name}}', { name: 'x' }, {}, ['<%', '%>']));
console.log(JSON.stringify(Mustache.parse('a {{b}} {{#c}}d{{/c}}')));
try { Mustache.render('{{#open}}', {}); } catch (e) { console.log(e.message); }
