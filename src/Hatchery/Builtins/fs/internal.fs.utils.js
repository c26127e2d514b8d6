// What fs.js and fs/promises share: constants, flag strings, argument and option parsing, Stats and Dirent.
'use strict';

const codes = require('internal/errors');
const { validateFunction, validateInteger, validateObject } = codes;
const { Buffer } = require('buffer');

const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000,
  S_IFBLK: 0o60000, S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000, O_CREAT: 0o100, O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000, O_APPEND: 0o2000, O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000, O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000, S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70,
  S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;
const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC, 'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC, w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, 'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, 'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

// A flag string ('r', 'wx', 'a+', ...) or number as open(2)'s flags.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw new codes.ERR_INVALID_ARG_VALUE(name, flags);
}

// A path argument: a string, a Buffer, or a file: URL.
function toPath(value, name = 'path') {
  if (typeof value === 'string') return checkNullBytes(value, name);
  if (Buffer.isBuffer(value)) return checkNullBytes(value.toString(), name);
  if (value != null && typeof value === 'object' && value.href !== undefined && value.protocol !== undefined) {
    if (value.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
    return checkNullBytes(require('url').fileURLToPath(value), name);
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
}

function checkNullBytes(path, name) {
  if (path.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function toPathOrFd(value, name = 'path') {
  if (typeof value === 'number') return toFd(value);
  return toPath(value, name);
}

function toFd(fd) {
  validateInteger(fd, 'fd', 0, 2147483647);
  return fd;
}

// A mode: an integer, or an octal string such as '755'.
function toMode(value, name, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    return parseInt(value, 8);
  }
  validateInteger(value, name, 0, 4294967295);
  return value & 0o7777;
}

// Options given as an encoding string or an object, merged over the defaults.
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    assertEncoding(options);
    return { ...defaults, encoding: options };
  }
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  if (options.encoding != null && options.encoding !== 'buffer') assertEncoding(options.encoding);
  return { ...defaults, ...options };
}

function assertEncoding(encoding) {
  if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Bytes to write: a string in an encoding, or any ArrayBufferView.
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return data;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// A buffer read from the binding in the encoding asked for ('buffer' or none keeps the Buffer).
function decode(arrayBuffer, encoding) {
  const buffer = Buffer.from(arrayBuffer);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// A time for utimes: seconds as a number, a numeric string, or a Date.
function toSeconds(time, name) {
  if (typeof time === 'number') return Number.isFinite(time) && time >= 0 ? time : Date.now() / 1000;
  if (typeof time === 'string' && time !== '' && !Number.isNaN(Number(time))) return Number(time);
  if (time instanceof Date) return time.getTime() / 1000;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'number', 'Date'], time);
}

function toCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

const S_IFMT = constants.S_IFMT;

class StatsBase {
  isDirectory() { return this._checkModeProperty(constants.S_IFDIR); }
  isFile() { return this._checkModeProperty(constants.S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(constants.S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(constants.S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(constants.S_IFLNK); }
  isFIFO() { return this._checkModeProperty(constants.S_IFIFO); }
  isSocket() { return this._checkModeProperty(constants.S_IFSOCK); }
}

const statNames = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
const timeNames = ['atime', 'mtime', 'ctime', 'birthtime'];

class Stats extends StatsBase {
  constructor(fields) {
    super();
    for (let i = 0; i < statNames.length; i++) this[statNames[i]] = fields[i];
    for (let i = 0; i < timeNames.length; i++) this[`${timeNames[i]}Ms`] = fields[10 + i];
    for (let i = 0; i < timeNames.length; i++) this[timeNames[i]] = new Date(fields[10 + i]);
  }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}

// The bigint form: the same numbers as BigInts, with nanosecond times derived from the milliseconds.
class BigIntStats extends StatsBase {
  constructor(fields) {
    super();
    for (let i = 0; i < statNames.length; i++) this[statNames[i]] = BigInt(fields[i]);
    for (let i = 0; i < timeNames.length; i++) this[`${timeNames[i]}Ms`] = BigInt(Math.floor(fields[10 + i]));
    for (let i = 0; i < timeNames.length; i++) this[`${timeNames[i]}Ns`] = BigInt(Math.floor(fields[10 + i] * 1e3)) * 1000n;
    for (let i = 0; i < timeNames.length; i++) this[timeNames[i]] = new Date(Math.floor(fields[10 + i]));
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}

function makeStats(fields, bigint) {
  if (fields === undefined) return undefined;
  return bigint ? new BigIntStats(fields) : new Stats(fields);
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

module.exports = {
  BigIntStats,
  Dirent,
  Stats,
  constants,
  decode,
  getOptions,
  makeStats,
  stringToFlags,
  toBytes,
  toCallback,
  toFd,
  toMode,
  toPath,
  toPathOrFd,
  toSeconds,
  validateObject,
};
