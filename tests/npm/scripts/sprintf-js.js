// sprintf-js: positional and named arguments, padding, precision, types.
const { sprintf, vsprintf } = require('sprintf-js');
console.log(sprintf('%s is %d years and %.2f%% done', 'Ann', 42.9, 33.3333), sprintf('%05d|%-6s|%+d|%x|%o|%b|%e', 42, 'ab', 5, 255, 8, 5, 12345.678));
console.log(sprintf('%(user.name)s likes %(things[1])s', { user: { name: 'Bo' }, things: ['a', 'b'] }), vsprintf('%2$s %1$s', ['world', 'hello']), sprintf("%'*10s", 'pad'), sprintf('%j', { a: [1] }));
