// ramda: currying, composition, lenses, transducer-ish pipelines.
const R = require('ramda');
const people = [{ name: 'A', age: 30 }, { name: 'B', age: 20 }, { name: 'C', age: 40 }];
console.log(JSON.stringify(R.sortBy(R.prop('age'), people)), R.pipe(R.filter(R.propSatisfies(R.gt(R.__, 25), 'age')), R.pluck('name'), R.join('/'))(people));
const l = R.lensPath(['a', 'b']);
console.log(JSON.stringify(R.over(l, R.inc, { a: { b: 1 } })), R.view(l, { a: { b: 5 } }), JSON.stringify(R.groupBy(R.prop('age'), people)).length, R.add(2)(3));
console.log(JSON.stringify(R.mergeDeepRight({ a: { x: 1, y: 2 } }, { a: { y: 3 } })), JSON.stringify(R.splitEvery(2, [1, 2, 3, 4, 5])), R.equals({ a: [1] }, { a: [1] }), R.toString({ a: [1, 'x'] }));
