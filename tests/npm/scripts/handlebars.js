// handlebars: compiles templates to JavaScript functions at run time.
const Handlebars = require('handlebars');
Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerHelper('list', function (items, options) {
  return '<ul>' + items.map((item) => '<li>' + options.fn(item) + '</li>').join('') + '</ul>';
});
Handlebars.registerPartial('person', '{{name}} ({{age}})');
const template = Handlebars.compile(
  'Hello {{upper name}}! {{#if admin}}[admin]{{else}}[user]{{/if}}\n' +
  '{{#each items}}{{@index}}:{{this}}{{#unless @last}}, {{/unless}}{{/each}}\n' +
  '{{#list people}}{{> person}}{{/list}}\n' +
  '{{{raw}}} vs {{raw}} {{#with nested}}{{deep.value}}{{/with}} {{lookup items 1}}');
console.log(template({
  name: 'ada', admin: false, items: ['a', 'b', 'c'], raw: '<b>&</b>',
  people: [{ name: 'X', age: 1 }, { name: 'Y', age: 2 }], nested: { deep: { value: 42 } },
}));
const pre = Handlebars.precompile('{{#each this}}{{.}}{{/each}}');
console.log(typeof pre, pre.length > 100);
try { Handlebars.compile('{{#if}}')(); } catch (e) { console.log(e.message.split('\n')[0]); }
console.log(Handlebars.VERSION, new Handlebars.SafeString('<i>').toString(), Handlebars.escapeExpression('<"\'&`=>'));
