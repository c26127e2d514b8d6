// jmespath: queries with projections, filters, functions and errors.
const jmespath = require('jmespath');
const data = { people: [{ name: 'a', age: 30, tags: ['x'] }, { name: 'b', age: 20, tags: ['y', 'z'] }] };
console.log(JSON.stringify(jmespath.search(data, 'people[?age > `25`].name')), JSON.stringify(jmespath.search(data, 'people[*].tags[]')));
console.log(JSON.stringify(jmespath.search(data, 'sort_by(people, &age)[].{n: name, a: age}')), jmespath.search(data, 'max_by(people, &age).name'), jmespath.search(data, 'length(people)'));
try { jmespath.search(data, 'people[?'); } catch (e) { console.log(e.name, e.message); }
