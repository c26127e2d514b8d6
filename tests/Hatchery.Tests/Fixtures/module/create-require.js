// module.createRequire from a path, a directory, a file: URL object and string; errors for relative paths.
const { createRequire } = require('module');
const path = require('path');
const { pathToFileURL } = require('url');

const target = path.join(__dirname, 'lib', 'anything.js');
const fromPath = createRequire(target);
console.log(fromPath('./sibling'), fromPath('./data.json').answer, fromPath('dep'));
console.log(path.relative(__dirname, fromPath.resolve('./sibling')), path.relative(__dirname, fromPath.resolve('dep')));
console.log(fromPath.resolve('os'), fromPath.resolve('node:path'));
console.log(fromPath.resolve.paths('dep')[0] === path.join(__dirname, 'lib', 'node_modules'), fromPath.resolve.paths('path'));
console.log(fromPath.cache === require.cache, fromPath.main === module, typeof fromPath.extensions);
console.log(fromPath('./sibling') === require('./lib/sibling'));

const fromDirectory = createRequire(path.join(__dirname, 'lib') + '/');
console.log(fromDirectory('./sibling'));
const fromUrl = createRequire(pathToFileURL(target));
console.log(fromUrl('./data.json').answer);
const fromUrlString = createRequire(pathToFileURL(target).href);
console.log(fromUrlString('dep').dep);
console.log(fromPath('os') === require('os'), fromPath('node:os') === require('os'));

for (const bad of ['relative.js', './x.js', 42, undefined, 'http://example.com/x.js']) {
  try {
    createRequire(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
try {
  fromPath('./missing');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0]);
}
