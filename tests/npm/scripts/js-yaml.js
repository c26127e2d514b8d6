// js-yaml: YAML parser and dumper.
const yaml = require('js-yaml');
const doc = yaml.load(`
anchors:
  base: &base { a: 1, b: [x, y] }
  derived:
    <<: *base
    c: 3
multi: |
  line one
  line two
folded: >
  folded
  text
numbers: [0x1F, 0o17, 1e3, .inf, -.Inf, .nan, 1_000]
when: 2001-12-14t21:59:43.10-05:00
nulls: [~, null, Null]
bools: [true, False]
quoted: "tab\\there \\u263A"
`);
console.log(doc);
console.log(yaml.dump({ list: [1, 'two', { three: 3 }], text: 'multi\nline', empty: {}, special: 'yes', date: new Date(Date.UTC(2020, 1, 3)) }, { sortKeys: true }));
console.log(yaml.loadAll('--- 1\n--- [a]\n--- {b: c}\n'));
try { yaml.load('a: [1, 2\nb: 3'); } catch (e) { console.log(e.name, e.message); }
