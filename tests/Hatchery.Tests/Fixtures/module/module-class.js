// The Module class: constructor, wrap, _cache, _resolveFilename, _load, _nodeModulePaths, _extensions, _compile, load.
const Module = require('module');
const path = require('path');
console.log(typeof Module, Module.name);
const m = new Module('/x/y.js');
console.log(m);
console.log(m instanceof Module, m.parent, new Module().path);
console.log(Module.wrap('return 1;'));
console.log(Module.wrapper);
console.log(Module._cache === require.cache, Object.keys(Module._extensions), Object.getPrototypeOf(Module._extensions));
console.log(Module._nodeModulePaths('/a/node_modules/b').join(' '));

const here = path.join(__dirname, 'module-class.js');
console.log(path.relative(__dirname, Module._resolveFilename('./lib/sibling', module)));
console.log(path.relative(__dirname, Module._resolveFilename('./sibling', null, false, { paths: [path.join(__dirname, 'lib')] })));
console.log(Module._resolveFilename('path', module), Module._resolveFilename('node:os', module));
console.log(Module._load('./lib/sibling', module), Module._load('os', null) === require('os'));
try {
  Module._resolveFilename('./nope', module);
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
}

// Compiling a module from a string, as require-from-string packages do.
const parent = new Module(here, module);
const compiled = new Module('/virtual/thing.js', parent);
compiled.filename = path.join(__dirname, 'lib', 'virtual.js');
compiled.paths = Module._nodeModulePaths(path.dirname(compiled.filename));
compiled._compile("exports.sib = require('./sibling'); exports.dep = require('dep').dep; exports.name = __filename.slice(-10); exports.dir = path => __dirname === path; exports.self = module === this_module_check(); function this_module_check() { return module; }", compiled.filename);
console.log(compiled.exports.sib, compiled.exports.dep, compiled.exports.name, compiled.exports.dir(path.join(__dirname, 'lib')), compiled.exports.self);
console.log(parent.children.includes(compiled));

const loaded = new Module('json');
loaded.load(path.join(__dirname, 'lib', 'data.json'));
console.log(loaded.exports, loaded.loaded, loaded.paths[0] === path.join(__dirname, 'lib', 'node_modules'));
const js = new Module('js');
js.load(path.join(__dirname, 'lib', 'sibling.js'));
console.log(js.exports, js.require('./data.json').answer);

for (const bad of [42, '']) {
  try {
    m.require(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
try {
  new Module('bad').load(path.join(__dirname, 'lib', 'missing.json'));
} catch (error) {
  console.log(error.code);
}
