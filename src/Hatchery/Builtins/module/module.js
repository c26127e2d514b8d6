// Node's module module: the Module class. Resolution, loading and the cache are the runtime's CommonJS loader
// (through `binding`); this script adds the JavaScript-facing shape packages expect.

const path = require('path');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors');

const parents = new WeakMap();

function Module(id = '', parent = undefined) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  parents.set(this, parent);
  if (parent && Array.isArray(parent.children) && !parent.children.includes(this)) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module.Module = Module;
Module._cache = binding.cache;
Module._pathCache = Object.create(null);
Module.builtinModules = binding.builtinModules;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  const name = moduleName.startsWith('node:') ? moduleName.slice(5) : moduleName;
  return binding.builtinModules.includes(name);
};

Module._nodeModulePaths = (from) => binding.nodeModulePaths(path.resolve(from));

// Node's options.paths: resolve as if from each listed directory in turn.
Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  validateId(request, 'request');
  if (options && Array.isArray(options.paths)) {
    let firstError;
    for (const directory of options.paths) {
      try {
        return binding.resolve(request, path.join(path.resolve(directory), 'noop.js'));
      } catch (error) {
        if (error.code !== 'MODULE_NOT_FOUND') throw error;
        firstError ??= error;
      }
    }
    if (firstError) throw firstError;
  }
  return binding.resolve(request, parentFilename(parent));
};

Module._load = function _load(request, parent, isMain) {
  validateId(request, 'request');
  return binding.load(request, parentFilename(parent));
};

Module.createRequire = function createRequire(filename) {
  const reason = 'must be a file URL object, file URL string, or absolute path string';
  let filepath;
  if (isUrl(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      // Required here, not at the top: a factory may leave out url, and only URLs need it.
      filepath = require('url').fileURLToPath(filename);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename, reason);
    }
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, reason);
  } else {
    filepath = filename;
  }
  // A trailing slash names a directory: requests resolve inside it.
  const proxy = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  const bound = binding.createRequire(proxy);
  bound.extensions = Module._extensions;
  return bound;
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

Module._extensions = Object.create(null);
Module._extensions['.js'] = function (module, filename) {
  module._compile(binding.readFile(filename), filename);
};
Module._extensions['.json'] = function (module, filename) {
  const content = binding.readFile(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};
Module._extensions['.node'] = function (module, filename) {
  throw new Error(`Cannot load native addon '${filename}': this runtime has no native addons`);
};

// Node exposes the constructor through a getter, so util.inspect shows module objects without a class name.
Object.defineProperty(Module.prototype, 'constructor', {
  get() { return Module; },
  enumerable: false,
  configurable: false,
});

Object.defineProperty(Module.prototype, 'parent', {
  get() { return parents.get(this); },
  set(value) { parents.set(this, value); },
  configurable: true,
});

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = path.extname(filename);
  const loader = Module._extensions[extension] || Module._extensions['.js'];
  loader(this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateId(id, 'id');
  return binding.load(id, typeof this.filename === 'string' ? this.filename : null);
};

// Runs `content` as a CommonJS module body with this module as `module`, as Node's loader does for a file.
Module.prototype._compile = function _compile(content, filename) {
  const wrapper = binding.compile(String(content), filename);
  const bound = binding.createRequire(filename);
  bound.extensions = Module._extensions;
  return wrapper.call(this.exports, this.exports, bound, this, filename, path.dirname(filename));
};

function validateId(id, name) {
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', id);
  if (id === '') throw new ERR_INVALID_ARG_VALUE(name, id, 'must be a non-empty string');
}

function parentFilename(parent) {
  return parent && typeof parent.filename === 'string' ? parent.filename : null;
}

function isUrl(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' && typeof value.protocol === 'string';
}

module.exports = Module;
