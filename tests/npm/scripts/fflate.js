// fflate: sync gzip/zlib, zip archives and string helpers.
const f = require('fflate');
const data = f.strToU8('fflate fflate fflate '.repeat(30));
const gz = f.gzipSync(data, { level: 9, mtime: 0 });
console.log(gz.length, f.strFromU8(f.gunzipSync(gz)).length, f.strFromU8(f.unzlibSync(f.zlibSync(data))).slice(0, 13));
const zip = f.zipSync({ 'a.txt': f.strToU8('AAA'), 'dir/b.txt': f.strToU8('bee') }, { mtime: new Date(2020, 0, 1) });
const back = f.unzipSync(zip);
console.log(Object.keys(back).join(','), f.strFromU8(back['dir/b.txt']), f.decompressSync(f.compressSync(data)).length);
