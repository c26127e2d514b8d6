// Regenerates path-cases.json from real Node: `cd tests/Hatchery.Tests/Fixtures/path && node generate-cases.cjs`.
// Each case records what Node returns (or throws) for one call, so the tests assert Hatchery matches exactly.
'use strict';
const path = require('path');
const fs = require('fs');

const cwd = '/tmp';
process.chdir(cwd);

const common = [
  '', '.', '..', '/', '//', '///', 'a', 'a/', 'a//', '/a', '/a/', 'a/b', 'a/b/', '/a/b/c', './a', '../a', 'a/..',
  'a/../..', '/..', '/../a', '/a/../../b', 'a/./b/../c', '.hidden', '/x/.hidden', 'file.txt', 'file.tar.gz', '/x/file.',
  '/x/..file', '.x.', '...', '/...', 'a/b.c/d', 'a/b.c/', 'index.coffee.md', '/foo/bar/baz/asdf/quux.html', 'foo\\bar',
  '\\foo\\bar', 'C:', 'C:\\', 'C:/', 'c:a', 'C:\\a\\b', 'C:a\\b\\..', 'C:\\..\\..', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\dir\\file.ext', '//server/share/x', '\\\\server', '\\\\.\\PHYSICALDRIVE0', '\\\\?\\C:\\x', 'CON:', 'con:x',
  'NUL', 'AUX:', 'foo:bar', 'x:\\y\\..\\z', 'a:b:', ':', 'C:..', 'C:.\\x', '/a/b/c/', 'd:\\x\\y.z\\', 'é/ü.txt',
];
const pairs = [
  ['', ''], ['a', 'a'], ['/a', '/a'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a/b/c', '/a/d'], ['/', '/a'], ['/a', '/'],
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib/x/y'], ['/var/lib', '/var/apache'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/page1/page2/foo', '/'], ['a', 'b'], ['a/b', 'a/c'], ['', '/x'], ['/x', ''], ['/a/b/', '/a/b'], ['/ab', '/a'], ['/a', '/ab'],
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'C:/AAAA/bbbb/cccc'],
  ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'], ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', 'C:\\baz'], ['c:/İ/a', 'c:/i̇/b'],
  ['C:\\İx\\y', 'C:\\İx\\z'], ['x', 'c:x'],
];
const joins = [
  [], [''], ['', ''], ['a'], ['a', 'b'], ['/a', 'b'], ['a', '/b'], ['a/', 'b'], ['a', '', 'b'], ['/a', '..', '..', 'b'],
  ['a', '..', '..'], ['.', '.'], ['/', '/'], ['//a', 'b'], ['//', 'a'], ['///', 'a'], ['\\\\', 'a'], ['//server', 'share'],
  ['\\\\server', 'share', 'x'], ['//server/share', '..', 'x'], ['c:', 'x'], ['c:\\', '..', 'x'], ['a', 'c:x'], ['', '//x'],
  ['.', '//x'], ['a/b', '../c', './d/'], ['/foo', 'bar', 'baz/asdf', 'quux', '..'], ['x', 'CON:'], ['x', '..', 'c:'],
];
const resolves = [
  [], [''], ['a'], ['/'], ['/a', 'b', './c'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'],
  ['a', '..', '..', '..'], ['/a', '', 'b'], ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['.'], ['//server/share', '..', 'relative\\'], ['c:/', '//'],
  ['c:/', '//dir'], ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['\\\\.\\PHYSICALDRIVE0'], ['\\\\?\\PHYSICALDRIVE0'], ['C:'], ['c:x'], ['x:', 'y'], ['/a/..', '..'],
];
const basenameSuffixes = [
  ['file.txt', '.txt'], ['file.txt', 'txt'], ['file.txt', 'file.txt'], ['/a/file.txt', 'file.txt'], ['file.txt', ''], ['.txt', '.txt'],
  ['/a/b.js/', '.js'], ['aaa/bbb', 'bbb'], ['aaa/bbb', 'a/bbb'], ['/aaa/bbb', '/bbb'], ['aaa/bbb//', 'bb'], ['aaa/bbb', 'b'],
  ['/aaa/', 'aaa/'], ['C:\\x\\y.js', '.js'], ['C:y.js', '.js'], ['C:', 'C:'], ['x.JS', '.js'], ['\\\\server\\share\\f.md', '.md'],
];
const formats = [
  { root: '/', dir: '/x', base: 'y.z' }, { dir: '/x', name: 'y', ext: '.z' }, { dir: '/x', name: 'y', ext: 'z' }, { root: '/', name: 'y' },
  { root: '/', base: 'y' }, { name: 'y', ext: '.z' }, { base: 'y', name: 'ignored', ext: '.ignored' }, {}, { root: 'C:\\' , name: 'x' },
  { dir: 'C:\\path\\dir', base: 'file.txt' }, { root: '/', dir: '/', base: 'x' }, { dir: '/x/', base: 'y' }, { ext: 'js' }, { ext: '.' },
  { dir: 'a', name: 1, ext: 2 }, { dir: 5, root: 5, base: 'b' }, { root: 'r', dir: '', base: 'b' }, { ext: ['.x'] },
];
// Written as source text because JSON cannot hold undefined, bigints or functions.
const badValues = ['1', 'null', 'undefined', 'true', '{}', '[]', '10n', 'function f() {}', '"x"', 'Symbol("s")', 'new Date(0)', '"' + 'x'.repeat(30) + '"', '-0'];
const badCalls = [
  ['normalize', ['#']], ['isAbsolute', ['#']], ['dirname', ['#']], ['extname', ['#']], ['parse', ['#']], ['basename', ['#']],
  ['basename', ['"a"', '#']], ['basename', ['#', '#']], ['join', ['#']], ['join', ['"a"', '#']], ['resolve', ['#']],
  ['resolve', ['#', '"/abs"']], ['resolve', ['"a"', '#', '"b"']], ['relative', ['#', '"b"']], ['relative', ['"a"', '#']],
  ['format', ['#']], ['toNamespacedPath', ['#']],
];

const cases = [];
function call(flavor, fn, argSources) {
  return `path.${flavor}.${fn}(${argSources.join(', ')})`;
}
const describe = require('./describe.cjs');
const recorded = new Set();
function recordSource(source) {
  // Each call once: the tests are one theory row per call, and a second row with the same call would not run.
  if (recorded.has(source)) return;
  recorded.add(source);
  // eslint-disable-next-line no-eval
  cases.push({ call: source, expected: describe(() => eval(source)) });
}
function record(flavor, fn, args) {
  recordSource(call(flavor, fn, args.map((a) => JSON.stringify(a))));
}

for (const flavor of ['posix', 'win32']) {
  for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
    for (const p of common) record(flavor, fn, [p]);
  }
  for (const p of common) record(flavor, 'format', [path[flavor].parse(p)]);
  for (const f of formats) record(flavor, 'format', [f]);
  for (const args of basenameSuffixes) record(flavor, 'basename', args);
  for (const args of pairs) record(flavor, 'relative', args);
  for (const args of joins) record(flavor, 'join', args);
  for (const args of resolves) record(flavor, 'resolve', args);
  for (const [fn, shape] of badCalls) {
    for (const bad of badValues) recordSource(call(flavor, fn, shape.map((a) => (a === '#' ? bad : a))));
  }
  recordSource(`path.${flavor}.join()`);
  recordSource(`path.${flavor}.basename('a.js', undefined)`);
  recordSource(`path.${flavor}.relative('a')`);
  recordSource(`path.${flavor}.resolve(1, 'c:\\\\abs')`);
}
fs.writeFileSync(__dirname + '/path-cases.json', '{"cwd": ' + JSON.stringify(cwd) + ', "cases": [\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]}\n');
console.log(`${cases.length} cases`);
