const assert = require('assert');
function t(f){ try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); } }
t(() => assert.deepStrictEqual({a:1}, {a:2}, 'custom'));
t(() => assert.notStrictEqual(1, 1, 'custom'));
t(() => assert.equal(1, 2, 'custom'));
t(() => assert.deepEqual(1, 2, 'custom'));
t(() => assert.strictEqual('hello world', 'hello there'));
t(() => assert.strictEqual(1, 2, ''));
t(() => assert.throws(() => { throw new Error('foo') }, { message: /bar/ }));
t(() => assert.throws(() => { throw new Error('foo') }, 'foo'));
