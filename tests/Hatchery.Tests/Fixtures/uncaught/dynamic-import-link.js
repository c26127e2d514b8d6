// A dynamic import() of a graph that does not link rejects with Node's SyntaxError (message and decorated stack),
// as a static import fails (uncaught/lib/esm-link/), also when the same graph is imported again.
const cases = ['missing-named', 'missing-renamed', 'missing-default', 'missing-commonjs', 'missing-reexport', 'conflicting-stars'];
(async () => {
  for (const name of cases) {
    try {
      await import(`./lib/esm-link/${name}.mjs`);
      console.log(name, 'linked');
    } catch (e) {
      console.log(`${name}: ${e.name}: ${e.message}`);
      console.log(e.stack.split('\n').slice(0, 4).join('\n'));
    }
  }
  const spec = './lib/esm-link/missing-named.mjs';
  await import(spec).catch((e) => console.log('again:', e.message));
})();
