// picomatch: glob patterns compiled to regular expressions.
const picomatch = require('picomatch');
const files = ['src/a.js', 'src/b.ts', 'src/lib/c.js', 'test/a.spec.js', '.hidden/x.js', 'README.md', 'src/d.jsx'];
for (const glob of ['**/*.js', 'src/*.{js,ts}', '!**/*.spec.js', 'src/**/!(c).js', '**/*.js?(x)', 'src/[ab].*', '**']) {
  const isMatch = picomatch(glob);
  console.log(glob, files.filter((f) => isMatch(f)).join(' '));
}
console.log(picomatch.makeRe('*.{js,ts}').source);
console.log(picomatch('**/*.js', { dot: true })('.hidden/x.js'), picomatch.scan('src/**/*.js').base, picomatch.isMatch('A.JS', '*.js', { nocase: true }));
console.log(JSON.stringify(picomatch.parse('*.js').tokens.map((t) => t.type)));
