// lodash.template: the standalone template package; escaping, evaluate and interpolate delimiters.
const template = require('lodash.template');
const t = template('<h1><%- title %></h1><% for (const n of names) { %><p>${n}</p><% } %>', { imports: { X: 1 } });
console.log(t({ title: '<Hi & bye>', names: ['a', 'b'] }));
const mustache = template('Hello {{ name }}!', { interpolate: /{{([\s\S]+?)}}/g });
console.log(mustache({ name: 'mustache' }));
console.log(template('<%= X + data.y %>', { imports: { X: 40 }, variable: 'data' })({ y: 2 }));
try { template('<%= missing %>')({}); } catch (e) { console.log(e.name, e.message); }
try { template('<% if ( %>'); } catch (e) { console.log(e.name); }
