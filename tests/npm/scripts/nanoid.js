// nanoid 5: ES-module-only; the non-secure generator is seeded-free, so only shapes are printed.
const { nanoid, customAlphabet } = require('nanoid/non-secure');
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(8).length);
const hex = customAlphabet('0123456789abcdef', 12);
const h = hex();
console.log(h.length, /^[0-9a-f]{12}$/.test(h), hex(4).length);
const ids = new Set(Array.from({ length: 200 }, () => nanoid()));
console.log(ids.size);
