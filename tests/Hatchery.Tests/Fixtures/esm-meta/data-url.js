// data: URL imports, as Node 20 takes them: JavaScript and JSON (with its type attribute), percent- or base64-encoded.
import x from 'data:text/javascript,export default 1';
import { a } from 'data:text/javascript;charset=utf-8,export const a = "%C3%A9" + import.meta.url.length';
import j from 'data:application/json,{"k":[1,2]}' with { type: 'json' };
console.log(x, a, j);
const b64 = Buffer.from('export default import.meta.url; export const n = 2;').toString('base64');
const m = await import('data:text/javascript;base64,' + b64);
console.log(m.default.slice(0, 40), m.n);
const j2 = await import('data:application/json;base64,' + Buffer.from('[1,"x"]').toString('base64'), { with: { type: 'json' } });
console.log(j2.default);
const show = (e) => console.log(e.name, e.code, e.message);
await import('data:application/json,{}').catch(show);
await import('data:text/javascript,export default 1', { with: { type: 'json' } }).catch(show);
await import('data:text/javascript,import "./rel.mjs"').catch(show);
await import('data:text/javascript,import "lodash"').catch(show);
const path = await import('data:text/javascript,import p from "node:path"; import { sep } from "path"; export default p.sep + sep');
console.log(path.default);
await import('data:text/plain,hello').catch(show);
await import('data:,export default 3').catch(show);
await import('data:text/javascript,export default 2').then((again) => console.log('again', again.default));
await import('data:text/javascript,syntax error here').catch((e) => console.log(e.name, e.message));
const meta = await import('data:text/javascript,export default [Object.keys(import.meta), import.meta.resolve("node:fs"), import.meta.resolve("fs")]');
console.log(meta.default);
// Importing the same URL again gives the same module.
console.log((await import('data:text/javascript,export default {}')).default === (await import('data:text/javascript,export default {}')).default);
