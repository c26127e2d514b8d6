// builtinModules and isBuiltin: Node's names, all requirable, with and without the node: prefix.
const Module = require('module');
const { builtinModules, isBuiltin } = Module;
console.log(Array.isArray(builtinModules), builtinModules.every((name) => !name.startsWith('node:')));
const ours = ['assert', 'assert/strict', 'buffer', 'console', 'diagnostics_channel', 'events', 'module', 'os', 'path',
  'perf_hooks', 'process', 'querystring', 'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types'];
console.log(ours.every((name) => builtinModules.includes(name)));
const sorted = [...builtinModules].sort();
console.log(builtinModules.every((name, i) => name === sorted[i]));
for (const name of ours) {
  if (require(name) !== require(`node:${name}`)) console.log('differs', name);
}
for (const name of ['os', 'node:os', 'path', 'node:path', 'timers/promises', 'node:timers/promises', 'nope', 'node:nope',
  './path', '', 'node:', 'PATH', 42, undefined, null]) {
  console.log(String(name), isBuiltin(name));
}
console.log(require('module') === require('node:module'), require('module').Module === Module);
console.log(require('process') === process, require('node:process') === process);
try {
  require('node:nope');
} catch (error) {
  console.log(error.code, error.message);
}
