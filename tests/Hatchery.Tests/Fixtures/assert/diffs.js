const assert = require('assert');
function t(f){ try { f(); console.log('no throw'); } catch (e) { console.log(e.message); console.log('----'); } }
t(() => assert.deepStrictEqual({a:{b:[1,2]}, c:'x', z: new Map([[1,{q:1}]]), s: new Set([1])}, {a:{b:[1,3]}, c:'x', z: new Map([[1,{q:1}]]), s: new Set([1])}));
t(() => assert.deepStrictEqual({b:1, a:2}, {a:2, b:3}));
t(() => assert.deepStrictEqual([1,2,3,4,5,6,7,8,9,10], [1,2,3,4,5,6,7,8,9,11]));
t(() => assert.deepStrictEqual({a:1}, {a:1, b:2}));
t(() => assert.deepStrictEqual([], {}));
t(() => assert.deepStrictEqual(null, {}));
t(() => assert.strictEqual('a'.repeat(10), 'b'));
class Foo { constructor(){ this.x = 1 } }
t(() => assert.deepStrictEqual(new Foo(), {x:1}));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.deepStrictEqual([1, [2, {a: 'x'}]], [1, [2, {a: 'y'}]]));
