// diff: Myers diff on characters, words, lines, and unified patches.
const Diff = require('diff');
const show = (parts) => parts.map((p) => (p.added ? '+' : p.removed ? '-' : '=') + JSON.stringify(p.value)).join(' ');
console.log(show(Diff.diffChars('kitten sitting', 'sitting kitten')));
console.log(show(Diff.diffWords('the quick brown fox', 'the slow brown dog')));
const oldText = 'line one\nline two\nline three\nline four\n';
const newText = 'line one\nline 2\nline three\nline four\nline five\n';
console.log(show(Diff.diffLines(oldText, newText)));
const patch = Diff.createTwoFilesPatch('a.txt', 'b.txt', oldText, newText, 'old', 'new');
console.log(patch);
console.log(JSON.stringify(Diff.applyPatch(oldText, patch)) === JSON.stringify(newText));
console.log(Diff.parsePatch(patch)[0].hunks.length, show(Diff.diffJson({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] })));
