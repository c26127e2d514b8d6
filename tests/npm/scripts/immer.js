// immer: copy-on-write through Proxies; a conditional "exports" map with a production build switch.
const { produce, enableMapSet, enablePatches, applyPatches, freeze, isDraft, current, original, nothing } = require('immer');
enableMapSet();
enablePatches();
const base = { todos: [{ text: 'a', done: false }, { text: 'b', done: true }], meta: { count: 2 }, tags: new Set(['x']), map: new Map([['k', 1]]) };
let patches;
const next = produce(base, (draft) => {
  draft.todos[0].done = true;
  draft.todos.push({ text: 'c', done: false });
  draft.meta.count++;
  draft.tags.add('y');
  draft.map.set('k', 2);
  console.log('draft?', isDraft(draft.todos), current(draft.meta).count, original(draft.meta).count);
}, (p) => { patches = p; });
console.log(next.todos[1] === base.todos[1], next.todos[0] === base.todos[0], base.todos[0].done, Object.isFrozen(next.todos));
console.log(JSON.stringify(patches));
console.log(JSON.stringify(applyPatches(base, patches).todos) === JSON.stringify(next.todos), [...next.tags], [...next.map]);
console.log(produce(base, () => nothing), produce(1, (d) => d + 1), produce(base, () => {}) === base);
const curried = produce((draft, n) => { draft.count += n; });
console.log(curried({ count: 1 }, 5));
try { freeze(next, true).meta.count = 3; console.log(next.meta.count); } catch (e) { console.log(e.name); }
