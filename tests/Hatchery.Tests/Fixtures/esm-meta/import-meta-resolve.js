// import.meta.resolve: synchronous, returns a URL string; a missing file still has one, a missing package throws.
const resolve = (specifier) => {
  try {
    return import.meta.resolve(specifier);
  } catch (e) {
    return `${e.name} ${e.code}: ${e.message}`;
  }
};
const specifiers = [
  './import-meta.js', './lib/helper.js', './missing.js', './lib/', '.', '..', './noext', './import-meta.js?query=1#hash',
  './a%20b.js', 'meta-pkg', 'meta-pkg/main.js', 'meta-pkg/missing.js', 'no-such-package', 'no-such-package/sub',
  'fs', 'node:fs', 'fs/promises', 'node:path', 'data:text/javascript,export default 1', 'https://example.com/x.js',
  '#internal', import.meta.url, undefined,
];
// The fixture folder is shown as <fixtures>, keeping the URL's scheme.
const show = (text) => String(text).replace(/(file:\/\/)?\/[^\s'"]*\/Fixtures\//g, (m, scheme) => `${scheme ?? ''}<fixtures>/`);
for (const s of specifiers) console.log(show(JSON.stringify(s)), '->', show(resolve(s)));
// The second argument (a parent URL) needs --experimental-import-meta-resolve: it is ignored.
console.log(show(import.meta.resolve('./lib/helper.js', 'file:///elsewhere/')));
