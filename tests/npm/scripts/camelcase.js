// camelcase: an ES-module-only package loaded through require().
const mod = require('camelcase');
const camelCase = mod.default;
console.log(typeof mod, Object.keys(mod), mod.__esModule);
for (const input of ['foo-bar', 'foo_bar', 'Foo-Bar', '--foo.bar', 'XMLHttpRequest', 'fooBAR baz', ['foo', 'bar'], 'lorem-ipsum-dolor']) {
  console.log(JSON.stringify(input), camelCase(input), camelCase(input, { pascalCase: true }), camelCase(input, { preserveConsecutiveUppercase: true }));
}
console.log(camelCase('i-stanbul', { locale: 'tr-TR' }), camelCase('ünicode-ärger'));
