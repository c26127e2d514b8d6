// import.meta in an ES module: url, filename, dirname and resolve, as Node 20.11+ gives them.
import { meta, resolved } from './lib/helper.js';
import * as spaced from './sp ace/ünï.js';

// The fixture folder is shown as <fixtures>, keeping the URL's scheme.
const show = (value) => JSON.parse(JSON.stringify(value).replace(/(file:\/\/)?\/[^\s'"]*\/Fixtures\//g, (m, scheme) => `${scheme ?? ''}<fixtures>/`));

console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
console.log(show(Object.getOwnPropertyDescriptor(import.meta, 'url')));
console.log(show(import.meta.url));
console.log(import.meta.url === `file://${import.meta.filename}`, import.meta.dirname === import.meta.filename.slice(0, import.meta.filename.lastIndexOf('/')));
console.log(show(import.meta.filename), show(import.meta.dirname));
console.log(import.meta === import.meta);
import.meta.extra = 1;
console.log(import.meta.extra);
console.log(show(meta), show(resolved));
// The URL percent-encodes what a URL path cannot hold.
console.log(spaced.url.slice(spaced.url.indexOf('/sp')), spaced.resolved.slice(spaced.resolved.indexOf('/sp')));
console.log(typeof import.meta.resolve, import.meta.resolve.name, import.meta.resolve.length);
