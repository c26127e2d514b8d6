// Arrays compared index by index, as Node does: holes against undefined in both modes, -0, extra keys, symbols.
const assert = require('assert'); const u = require('util');
const t = (f) => { try { f(); return 'ok'; } catch (e) { return 'fail'; } };
console.log(t(() => assert.deepEqual([1,,3],[1,undefined,3])), t(() => assert.deepStrictEqual([1,,3],[1,undefined,3])));
console.log(t(() => assert.deepEqual([1,null],[1,undefined])), t(() => assert.deepEqual([0],[-0])), t(() => assert.deepStrictEqual([0],[-0])));
const x = [1,2]; x.foo = 1; const y = [1,2]; y.foo = 1; const z = [1,2]; z.bar = 1;
console.log(t(() => assert.deepStrictEqual(x,y)), t(() => assert.deepStrictEqual(x,z)), t(() => assert.deepEqual(x,z)));
console.log(u.isDeepStrictEqual([NaN],[NaN]), u.isDeepStrictEqual([undefined],[,]), u.isDeepStrictEqual(new Array(3), new Array(3)));
const s1 = Symbol('s'); const p = [1]; p[s1] = 1; const q = [1];
console.log(u.isDeepStrictEqual(p, q), u.isDeepStrictEqual(q, p));
console.log(t(() => assert.deepEqual(new Uint8Array([1,2]), new Uint8Array([1,2]))), u.isDeepStrictEqual(new Float64Array([0]), new Float64Array([-0])));
