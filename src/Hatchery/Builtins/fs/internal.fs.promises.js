// fs.promises: each operation of fs.js as a promise, and FileHandle, what fs.promises.open resolves to.
'use strict';

const { Buffer } = require('buffer');
const codes = require('internal/errors');

const names = [
  'readFile', 'writeFile', 'appendFile', 'access', 'stat', 'lstat', 'readdir', 'mkdir', 'rmdir', 'rm', 'rename',
  'copyFile', 'cp', 'unlink', 'symlink', 'readlink', 'realpath', 'mkdtemp', 'chmod', 'utimes', 'truncate',
];

const withEncoding = (options) => (typeof options === 'string' ? { encoding: options } : options);

module.exports = function createPromises(promised, binding) {
  const call = (method, ...args) =>
    new Promise((resolve, reject) => binding[method](...args, (err, value) => (err ? reject(err) : resolve(value))));

  class FileHandle {
    #fd;

    constructor(fd) {
      this.#fd = fd;
    }

    get fd() {
      return this.#fd;
    }

    #open() {
      if (this.#fd === -1) {
        const error = new Error('file closed');
        error.code = 'EBADF';
        error.syscall = 'read';
        throw error;
      }
      return this.#fd;
    }

    // read(buffer, offset, length, position), read({ buffer, offset, length, position }) or read().
    async read(buffer, offset, length, position) {
      if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
        ({ buffer = Buffer.alloc(16384), offset, length, position } = buffer ?? {});
      }
      if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
      offset ??= 0;
      length ??= buffer.byteLength - offset;
      const bytesRead = await call('read', this.#open(), buffer, offset, length, position ?? -1);
      return { bytesRead, buffer };
    }

    // write(buffer, offset, length, position) or write(string, position, encoding).
    async write(data, offset, length, position) {
      const fd = this.#open();
      if (typeof data === 'string') {
        const bytes = Buffer.from(data, typeof length === 'string' ? length : 'utf8');
        const bytesWritten = await call('write', fd, bytes, 0, bytes.length, offset ?? -1);
        return { bytesWritten, buffer: data };
      }
      if (!ArrayBuffer.isView(data)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
      if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
      offset ??= 0;
      length ??= data.byteLength - offset;
      const bytesWritten = await call('write', fd, data, offset, length, position ?? -1);
      return { bytesWritten, buffer: data };
    }

    readFile(options) {
      return promised('readFile', this.#open(), options);
    }

    writeFile(data, options) {
      return promised('writeFile', this.#open(), data, options);
    }

    appendFile(data, options) {
      return promised('appendFile', this.#open(), data, options);
    }

    stat(options) {
      return promised('fstat', this.#open(), options);
    }

    truncate(len = 0) {
      return promised('ftruncate', this.#open(), len);
    }

    sync() {
      return promised('fsync', this.#open());
    }

    datasync() {
      return promised('fdatasync', this.#open());
    }

    createReadStream(options) {
      return require('fs').createReadStream(undefined, { ...withEncoding(options), fd: this });
    }

    createWriteStream(options) {
      return require('fs').createWriteStream(undefined, { ...withEncoding(options), fd: this });
    }

    async close() {
      if (this.#fd === -1) return;
      const fd = this.#fd;
      this.#fd = -1;
      await promised('close', fd);
    }
  }

  const promises = {};
  for (const name of names) {
    promises[name] = { [name]: (...args) => promised(name, ...args) }[name];
  }
  promises.open = async function open(path, flags, mode) {
    return new FileHandle(await promised('open', path, flags, mode));
  };
  promises.constants = require('internal/fs/utils').constants;
  promises.FileHandle = FileHandle;
  return promises;
};
