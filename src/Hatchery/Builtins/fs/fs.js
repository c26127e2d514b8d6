// Node's fs module. The C# binding does the I/O: called with its arguments alone it works synchronously; given a
// callback after them it works on the thread pool and calls back on the event loop. Each operation is described
// once (`prepare`: validated arguments → binding call → how its result is shown) and yields the Sync, callback
// and promise forms.
'use strict';

const { Buffer } = require('buffer');
const codes = require('internal/errors');
const utils = require('internal/fs/utils');
const {
  constants, decode, getOptions, makeStats, stringToFlags, toBytes, toCallback, toFd, toMode, toPath, toPathOrFd,
  toSeconds, Dirent,
} = utils;

const same = (value) => value;

// The callback is the last argument; without a function there, Node names what stands where it belongs.
function takeCallback(args) {
  if (typeof args[args.length - 1] === 'function') return args.pop();
  return toCallback(args.length >= 2 ? args[args.length - 1] : undefined);
}
const nothing = () => undefined;
const operations = {};

function define(name, prepare) {
  operations[name] = prepare;
  exports[`${name}Sync`] = {
    [`${name}Sync`](...args) {
      const [method, callArgs, show = same] = prepare(...args);
      return show(binding[method](...callArgs));
    },
  }[`${name}Sync`];
  exports[name] = {
    [name](...args) {
      const callback = takeCallback(args);
      const [method, callArgs, show = same] = prepare(...args);
      binding[method](...callArgs, (err, value) => {
        if (err) callback(err);
        else callback(null, show(value));
      });
    },
  }[name];
}

// The promise form of an operation, for fs/promises.
function promised(name, ...args) {
  return new Promise((resolve, reject) => {
    const [method, callArgs, show = same] = operations[name](...args);
    binding[method](...callArgs, (err, value) => (err ? reject(err) : resolve(show(value))));
  });
}

define('readFile', (path, options) => {
  const { encoding, flag } = getOptions(options, { encoding: null, flag: 'r' });
  return ['readFile', [toPathOrFd(path), stringToFlags(flag, 'flag')], (bytes) => decode(bytes, encoding)];
});

function writeLike(defaultFlag) {
  return (file, data, options) => {
    const { encoding, flag, mode } = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    const bytes = toBytes(data, encoding);
    return ['writeFile', [toPathOrFd(file, 'file'), bytes, stringToFlags(flag, 'flag'), toMode(mode, 'mode', 0o666)], nothing];
  };
}

define('writeFile', writeLike('w'));
define('appendFile', writeLike('a'));
define('access', (path, mode) => ['access', [toPath(path), mode === undefined ? constants.F_OK : toMode(mode, 'mode')], nothing]);

function statLike(method) {
  return (path, options) => {
    const { bigint = false, throwIfNoEntry = true } = options == null ? {} : options;
    return [method, [toPath(path), throwIfNoEntry !== false], (fields) => makeStats(fields, bigint)];
  };
}

define('stat', statLike('stat'));
define('lstat', statLike('lstat'));
define('fstat', (fd, options) => {
  const { bigint = false } = options == null ? {} : options;
  return ['fstat', [toFd(fd)], (fields) => makeStats(fields, bigint)];
});

define('readdir', (path, options) => {
  const { encoding, withFileTypes = false, recursive = false } = getOptions(options, { encoding: 'utf8' });
  path = toPath(path);
  const name = (text) => (encoding === 'buffer' ? Buffer.from(text) : encoding === 'utf8' || encoding === 'utf-8' ? text : Buffer.from(text).toString(encoding));
  return ['readdir', [path, Boolean(withFileTypes), Boolean(recursive)], (result) => {
    if (!withFileTypes) return result.map(name);
    const [names, types, parents] = result;
    return names.map((entry, i) => new Dirent(name(entry), types[i], parents[i]));
  }];
});

define('mkdir', (path, options) => {
  const { recursive = false, mode = 0o777 } = typeof options === 'number' || typeof options === 'string' ? { mode: options } : options ?? {};
  if (typeof recursive !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive);
  return ['mkdir', [toPath(path), recursive, toMode(mode, 'mode', 0o777)]];
});

define('rmdir', (path, options) => {
  if (options?.recursive) return ['rm', [toPath(path), true, false], nothing];
  return ['rmdir', [toPath(path)], nothing];
});

define('rm', (path, options) => {
  const { recursive = false, force = false } = options ?? {};
  return ['rm', [toPath(path), Boolean(recursive), Boolean(force)], nothing];
});

define('rename', (oldPath, newPath) => ['rename', [toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')], nothing]);
define('copyFile', (src, dest, mode = 0) => ['copyFile', [toPath(src, 'src'), toPath(dest, 'dest'), toMode(mode, 'mode', 0)], nothing]);
define('cp', (src, dest, options) => {
  const { recursive = false, force = true, errorOnExist = false } = options ?? {};
  return ['cp', [toPath(src, 'src'), toPath(dest, 'dest'), Boolean(recursive), Boolean(force), Boolean(errorOnExist)], nothing];
});
define('unlink', (path) => ['unlink', [toPath(path)], nothing]);
define('symlink', (target, path) => ['symlink', [toPath(target, 'target'), toPath(path)], nothing]);
define('readlink', (path, options) => {
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  return ['readlink', [toPath(path)], (link) => (encoding === 'buffer' ? Buffer.from(link) : link)];
});
define('realpath', (path, options) => {
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  return ['realpath', [toPath(path)], (real) => (encoding === 'buffer' ? Buffer.from(real) : real)];
});
define('mkdtemp', (prefix, options) => {
  const { encoding } = getOptions(options, { encoding: 'utf8' });
  if (typeof prefix !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('prefix', 'string', prefix);
  return ['mkdtemp', [prefix], (path) => (encoding === 'buffer' ? Buffer.from(path) : path)];
});
define('chmod', (path, mode) => ['chmod', [toPath(path), toMode(mode, 'mode')], nothing]);
define('utimes', (path, atime, mtime) => ['utimes', [toPath(path), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime')], nothing]);
define('truncate', (path, len = 0) => {
  if (typeof path === 'number') return ['ftruncate', [toFd(path), len], nothing];
  return ['truncate', [toPath(path), len], nothing];
});
define('ftruncate', (fd, len = 0) => ['ftruncate', [toFd(fd), len], nothing]);
define('fsync', (fd) => ['fsync', [toFd(fd)], nothing]);
define('fdatasync', (fd) => ['fsync', [toFd(fd)], nothing]);
define('open', (path, flags, mode) => ['open', [toPath(path), stringToFlags(flags), toMode(mode, 'mode', 0o666)]]);
define('close', (fd) => ['close', [toFd(fd)], nothing]);

// read(fd, buffer, offset, length, position) or read(fd, buffer, { offset, length, position }).
function readArguments(fd, buffer, offset, length, position) {
  toFd(fd);
  if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  checkRange(buffer, offset, length);
  return [fd, buffer, offset, length, toPosition(position)];
}

function checkRange(buffer, offset, length) {
  if (!Number.isInteger(offset) || offset < 0 || offset > buffer.byteLength) {
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${buffer.byteLength}`, offset);
  }
  if (!Number.isInteger(length) || length < 0 || length > buffer.byteLength - offset) {
    throw new codes.ERR_OUT_OF_RANGE('length', `>= 0 && <= ${buffer.byteLength - offset}`, length);
  }
}

function toPosition(position) {
  if (position === null || position === undefined || position === -1) return -1;
  if (typeof position === 'bigint') return Number(position);
  if (!Number.isInteger(position) || position < 0) throw new codes.ERR_OUT_OF_RANGE('position', '>= 0', position);
  return position;
}

// write(fd, buffer, offset, length, position) or write(fd, string, position, encoding); [call arguments, source].
function writeArguments(fd, data, offset, length, position) {
  toFd(fd);
  if (typeof data === 'string') {
    const bytes = Buffer.from(data, typeof length === 'string' ? length : 'utf8');
    return [[fd, bytes, 0, bytes.length, toPosition(offset)], data];
  }
  if (!ArrayBuffer.isView(data)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = data.byteLength - offset, position = null } = offset);
  offset ??= 0;
  length ??= data.byteLength - offset;
  checkRange(data, offset, length);
  return [[fd, data, offset, length, toPosition(position)], data];
}

// Standard output and error are the runtime's streams, which the host may have redirected.
function writeStandard(fd, bytes, offset, length) {
  const stream = fd === 1 ? process.stdout : process.stderr;
  stream.write(Buffer.from(bytes.buffer, bytes.byteOffset + offset, length));
  return length;
}

exports.readSync = function readSync(fd, buffer, offset, length, position) {
  return binding.read(...readArguments(fd, buffer, offset, length, position));
};

exports.read = function read(fd, ...args) {
  const callback = takeCallback(args);
  const callArgs = readArguments(fd, ...args);
  binding.read(...callArgs, (err, bytesRead) => (err ? callback(err) : callback(null, bytesRead, callArgs[1])));
};

exports.writeSync = function writeSync(fd, data, offset, length, position) {
  const [callArgs] = writeArguments(fd, data, offset, length, position);
  if (fd === 1 || fd === 2) return writeStandard(fd, callArgs[1], callArgs[2], callArgs[3]);
  return binding.write(...callArgs);
};

exports.write = function write(fd, data, ...args) {
  const callback = takeCallback(args);
  const [callArgs, source] = writeArguments(fd, data, ...args);
  if (fd === 1 || fd === 2) {
    const written = writeStandard(fd, callArgs[1], callArgs[2], callArgs[3]);
    process.nextTick(callback, null, written, source);
    return;
  }
  binding.write(...callArgs, (err, written) => (err ? callback(err) : callback(null, written, source)));
};

exports.existsSync = function existsSync(path) {
  try {
    binding.access(toPath(path), constants.F_OK);
    return true;
  } catch {
    return false;
  }
};

// Node's one callback without an error argument.
exports.exists = function exists(path, callback) {
  toCallback(callback);
  let checked;
  try {
    checked = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(checked, constants.F_OK, (err) => callback(!err));
};

exports.constants = constants;
exports.F_OK = constants.F_OK;
exports.R_OK = constants.R_OK;
exports.W_OK = constants.W_OK;
exports.X_OK = constants.X_OK;
exports.Stats = utils.Stats;
exports.Dirent = Dirent;

// The stream classes load the stream module, so they are built on first use.
let streams;
const lazyStreams = () => (streams ??= require('internal/fs/streams'));
exports.createReadStream = function createReadStream(path, options) {
  return lazyStreams().createReadStream(path, options);
};
exports.createWriteStream = function createWriteStream(path, options) {
  return lazyStreams().createWriteStream(path, options);
};
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'], ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  Object.defineProperty(exports, name, {
    enumerable: name === key,
    configurable: true,
    get: () => lazyStreams()[key],
  });
}

let promises;
Object.defineProperty(exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: () => (promises ??= require('internal/fs/promises')(promised, binding)),
});
