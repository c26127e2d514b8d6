const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 7;
const c = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, c.byteLength, new Uint8Array(c)[0]);
const ab2 = new ArrayBuffer(4);
const u = new Uint8Array(ab2);
const o = structuredClone({ u, ab2 }, { transfer: [ab2] });
console.log(u.length, ab2.byteLength, o.u.length, o.ab2.byteLength, o.u.buffer === o.ab2);
for (const bad of [[{}], [1], [ab], [new Uint8Array(2)], 'x', [ab2, ab2], null]) {
  try { structuredClone(1, { transfer: bad }); console.log('ok', bad === null ? null : bad.length); } catch (e) { console.log(e.name, e.constructor.name, e.code, e.message); }
}
try { structuredClone(1, { transfer: [new ArrayBuffer(1), new ArrayBuffer(2)] }); console.log('ok2'); } catch (e) { console.log(e.message); }
const ab3 = new ArrayBuffer(2);
try { structuredClone({ f() {} , ab3 }, { transfer: [ab3] }); } catch (e) { console.log(e.name, e.message, ab3.byteLength); }
const ab4 = new ArrayBuffer(3);
try { structuredClone(ab4, { transfer: [ab4, ab4] }); } catch (e) { console.log(e.name, e.message, ab4.byteLength); }
try { structuredClone(1, { transfer: undefined }); console.log('undef ok'); } catch (e) { console.log(e.message); }
try { structuredClone(1, {transfer: new Set([new ArrayBuffer(1)])}); console.log('set ok'); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, 5); } catch (e) { console.log(e.name, e.code, e.message); }

structuredClone(ab, { transfer: [ab] });
try { console.log(structuredClone(ab).byteLength); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(ab, { transfer: [ab] }); console.log('ok'); } catch (e) { console.log(e.name, e.message); }
try { structuredClone({ transfer: 1 }, { transfer: 'ab' }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, { transfer: {} }); } catch (e) { console.log(e.name, e.message); }
const sab = new SharedArrayBuffer(2);
try { structuredClone(1, { transfer: [sab] }); console.log('sab ok'); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, { get transfer() { throw new Error('boom'); } }); } catch (e) { console.log(e.name, e.message); }
{
  const ab = new ArrayBuffer(8); structuredClone(ab, { transfer: [ab] });
  const c = structuredClone(ab, { transfer: [ab] }); console.log(c.byteLength, c === ab);
  const r = new ArrayBuffer(2, { maxByteLength: 8 }); const d = structuredClone(r, { transfer: [r] });
  console.log(d.resizable, d.maxByteLength, r.byteLength);
}
