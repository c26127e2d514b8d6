// acorn: parse modern JavaScript and walk the tree by hand.
const acorn = require('acorn');
const source = `
import { a } from './a.js';
export const f = async (x, ...rest) => { for await (const y of x) yield* rest; };
class C extends B { #p = 1; static { this.q = 2n; } get p() { return this.#p ?? 0; } }
label: for (let i = 0; i < 3; i++) { if (i) continue label; }
`;
const ast = acorn.parse(source.replace('yield*', 'await'), { ecmaVersion: 2022, sourceType: 'module', locations: true });
const counts = {};
(function walk(node) {
  if (!node || typeof node.type !== 'string') return;
  counts[node.type] = (counts[node.type] || 0) + 1;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') walk(value);
  }
})(ast);
console.log(Object.keys(counts).sort().map((k) => `${k}=${counts[k]}`).join('\n'));
console.log(ast.body[1].loc.start, ast.body[1].declaration.declarations[0].id.name);
try {
  acorn.parse('let = 1 +;', { ecmaVersion: 2022 });
} catch (e) {
  console.log(e.name, e.message, e.pos, e.loc);
}
const tokens = [...acorn.tokenizer('x => x * 2 // comment', { ecmaVersion: 2020 })].map((t) => t.type.label);
console.log(tokens.join(' '));
console.log(acorn.version);
