// Blob and File: parts of every kind, slicing, type normalisation, reading, streaming one chunk per part.
const { Blob: BufferBlob, File: BufferFile } = require('buffer');
console.log(BufferBlob === Blob, BufferFile === File);
const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new Uint16Array([0x6665]).buffer], { type: 'Text/Plain' });
console.log(b, b.size, b.type, b.slice(1, -1), b.slice(-2), b.slice(1, 3, 'X/Y'));
(async () => {
  console.log(await b.text(), await b.slice(2, 4).text());
  console.log(new Uint8Array(await b.arrayBuffer()));
  const reader = b.stream().getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) console.log('chunk', r.value);
  console.log(new Blob(['a\nb\r\nc'], { endings: 'native' }).size, new Blob([1, 2, null]).size, new Blob().size);
  console.log(new Blob(['é'], { type: 'bad\u00ff' }).type === '', await new Blob(['é']).text());
  const f = new File(['x', 'yz'], 'a.txt', { type: 'text/plain', lastModified: 5 });
  console.log(f, f.name, f.lastModified, f.size, f instanceof Blob, Object.prototype.toString.call(f));
  console.log(await f.text(), f.slice(1) instanceof File);
  for (const attempt of [() => new Blob('abc'), () => new File(['x']), () => new Blob([], { endings: 'x' })]) {
    try { attempt(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(Object.keys(Blob.prototype), Object.prototype.toString.call(b));
})();
