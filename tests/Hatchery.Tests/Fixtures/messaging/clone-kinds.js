// What survives a trip through a port: the structured clone's kinds, shared and cyclic references.
const { port1, port2 } = new MessageChannel();
const shared = { s: 1 };
const cyclic = { name: 'c' };
cyclic.self = cyclic;
const buffer = new ArrayBuffer(8);
new Uint8Array(buffer).set([1, 2, 255, 0, 128]);
const values = [undefined, null, -0, NaN, Infinity, 10n, 'text \u{1F600}', [1, , 3], new Date(0), /a+/gi,
  new Map([[1, { a: 1 }]]), new Set(['x']), new Uint8Array(buffer, 1, 3), new DataView(buffer, 2), Object(5),
  new RangeError('bad', { cause: 'why' }), { a: shared, b: shared }, cyclic, new Float64Array([1.5, -2])];
port2.on('message', (list) => {
  if (!Array.isArray(list)) {
    console.log('transferred', list.byteLength, new Uint8Array(list));
    port2.close();
    return;
  }
  for (const v of list) console.log(typeof v, Object.prototype.toString.call(v), v instanceof Error ? v.name : v);
  console.log(list[16].a === list[16].b, list[17].self === list[17], list[18].buffer.byteLength);
  console.log(Object.is(list[2], -0), list[15] instanceof RangeError, list[15].message, list[15].cause);
});
port1.postMessage(values);
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[3] = 9;
port1.postMessage(ab, [ab]);
console.log('after transfer', ab.byteLength);
try { port1.postMessage({ f() {} }); } catch (e) { console.log(e.name, e.message); }
const lone = new MessageChannel();
lone.port2.once('message', (s) => { console.log(s.length, s.charCodeAt(1).toString(16)); lone.port2.close(); });
lone.port1.postMessage('a\ud800b');
