// underscore: "exports" with a node require condition pointing at a .cjs file; _.template uses new Function.
const _ = require('underscore');
console.log(require.resolve('underscore').split('node_modules/')[1]);
console.log(_.map({ a: 1, b: 2 }, (v, k) => k + v), _.countBy([1, 2, 3, 4, 5], (n) => (n % 2 ? 'odd' : 'even')), _.pluck([{ n: 'x' }, { n: 'y' }], 'n'));
console.log(_.template('<%- name %> has <%= items.length %> items: <% _.each(items, function(i) { %>[<%= i %>]<% }) %>')({ name: '<b>', items: [1, 2] }));
console.log(_.chain([3, 1, 2]).sortBy(_.identity).map((x) => x * 2).value(), _.isEqual({ a: [1] }, { a: [1] }), _.escape('<&>'), _.invert({ a: 'x' }));
const once = _.once(() => Math.PI); once();
console.log(once().toFixed(2), _.range(3), _.zip([1, 2], ['a', 'b']), _.partial((a, b) => a - b, _, 1)(5), _.VERSION);
