// immutable: persistent List/Map/Set, structural equality, records and seqs.
const { List, Map, Set, Record, Seq, fromJS, is } = require('immutable');
const l = List([1, 2, 3]).push(4).update(0, (x) => x * 10);
const m = Map({ a: 1 }).set('b', 2).merge({ c: 3 });
console.log(l.toString(), m.toString(), Set([1, 1, 2]).union([3]).size, is(Map({ x: List([1]) }), Map({ x: List([1]) })));
const P = Record({ x: 0, y: 0 }); const p = new P({ x: 1 });
console.log(p.toString(), JSON.stringify(fromJS({ a: { b: [1, 2] } }).setIn(['a', 'b', 0], 9).toJS()), Seq([1, 2, 3, 4]).filter((x) => x % 2).map((x) => x * x).toArray().join(','));
console.log(m.getIn(['a']), l.reverse().first(), List.of(3, 1, 2).sort().join('-'));
