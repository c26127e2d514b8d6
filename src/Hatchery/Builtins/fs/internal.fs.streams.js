// fs.ReadStream and fs.WriteStream: a Readable and a Writable over a file descriptor, written for Hatchery from
// Node's documentation. The I/O is fs's callback form (open, read, write, close), so it runs off the loop thread;
// the stream opens its file in _construct and closes it in _destroy, once any read or write in flight is done.
'use strict';

const { Buffer } = require('buffer');
const codes = require('internal/errors');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const eos = require('internal/streams/end-of-stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { getOptions, toPath } = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kBusy = Symbol('kBusy');
const kHandle = Symbol('kHandle');

let fs;
const lazyFs = () => (fs ??= require('fs'));

// What the stream reads or writes: path or fd (a number, or a FileHandle's), flags, mode, autoClose. It is checked
// before the stream machinery is set up, which would otherwise go on to open a stream that failed to construct.
function target(path, options, defaultFlags) {
  const { fd } = options;
  const file = {
    fd: null,
    path: undefined,
    flags: options.flags === undefined ? defaultFlags : options.flags,
    mode: options.mode === undefined ? 0o666 : options.mode,
    autoClose: options.autoClose === undefined ? true : options.autoClose,
  };
  if (fd === undefined || fd === null) {
    file.path = path !== null && typeof path === 'object' && path.href !== undefined ? toPath(path) : path;
    toPath(file.path);
  } else if (typeof fd === 'number') {
    codes.validateInteger(fd, 'options.fd', 0, 2147483647);
    file.fd = fd;
  } else if (typeof fd === 'object' && typeof fd.fd === 'number' && typeof fd.close === 'function') {
    file[kHandle] = fd;
    file.fd = fd.fd;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
  }
  return file;
}

function setUp(stream, file) {
  stream.fd = file.fd;
  stream.path = file.path;
  stream.flags = file.flags;
  stream.mode = file.mode;
  stream.autoClose = file.autoClose;
  if (file[kHandle]) stream[kHandle] = file[kHandle];
  stream[kBusy] = false;
}

function streamOptions(options) {
  const copy = { ...getOptions(options, {}) };
  copy.autoDestroy = copy.autoClose === undefined ? true : copy.autoClose;
  if (copy.emitClose === undefined) copy.emitClose = true;
  return copy;
}

function validateStart(start, name) {
  if (start !== undefined) codes.validateInteger(start, name, 0);
}

// _construct: a stream given an fd is ready at once; otherwise it opens its path and announces the fd.
function open(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  lazyFs().open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// _destroy: waits for the read or write in flight, then closes the fd (through its FileHandle, if it came with one).
function destroy(stream, err, callback) {
  const close = (ioError) => {
    const fd = stream.fd;
    stream.fd = null;
    const error = err || ioError;
    if (typeof fd !== 'number') callback(error);
    else if (stream[kHandle]) stream[kHandle].close().then(() => callback(error), (closeError) => callback(error || closeError));
    else lazyFs().close(fd, (closeError) => callback(error || closeError));
  };
  if (stream[kBusy]) stream.once(kIoDone, close);
  else close();
}

class ReadStream extends Readable {
  constructor(path, options) {
    options = streamOptions(options);
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    const { start, end = Infinity } = options;
    validateStart(start, 'start');
    if (end !== Infinity) codes.validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
    const file = target(path, options, 'r');
    super(options);
    setUp(this, file);
    this.start = start;
    this.end = end;
    this.pos = start;
    this.bytesRead = 0;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    open(this, callback);
  }

  _read(size) {
    const done = this.pos !== undefined ? this.pos : this.bytesRead;
    const n = Math.min(this.end - done + 1, size);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafeSlow(n);
    this[kBusy] = true;
    lazyFs().read(this.fd, buffer, 0, n, this.pos ?? null, (err, bytesRead) => {
      this[kBusy] = false;
      if (this.destroyed) {
        this.emit(kIoDone, err);
        return;
      }
      if (err) {
        errorOrDestroy(this, err);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        // A short read gets a buffer of its own size rather than keeping the larger one alive.
        this.push(bytesRead === n ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
      } else {
        this.push(null);
      }
    });
  }

  _destroy(err, callback) {
    destroy(this, err, callback);
  }

  close(callback) {
    if (typeof callback === 'function') eos(this, callback);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    options = streamOptions(options);
    options.decodeStrings = true;
    validateStart(options.start, 'start');
    const file = target(path, options, 'w');
    super(options);
    setUp(this, file);
    this.start = options.start;
    this.pos = options.start;
    this.bytesWritten = 0;
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    open(this, callback);
  }

  _write(chunk, encoding, callback) {
    this[kBusy] = true;
    lazyFs().write(this.fd, chunk, 0, chunk.length, this.pos ?? null, (err, written) => {
      this[kBusy] = false;
      if (this.destroyed) {
        callback(err);
        this.emit(kIoDone, err);
        return;
      }
      if (err) {
        callback(err);
        return;
      }
      this.bytesWritten += written;
      callback();
    });
    if (this.pos !== undefined) this.pos += chunk.length;
  }

  // Several buffered chunks go to the file as one write.
  _writev(chunks, callback) {
    this._write(Buffer.concat(chunks.map(({ chunk }) => chunk)), 'buffer', callback);
  }

  _destroy(err, callback) {
    destroy(this, err, callback);
  }

  close(callback) {
    if (typeof callback === 'function') {
      if (this.closed) {
        process.nextTick(callback);
        return;
      }
      this.on('close', callback);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }

  destroySoon(...args) {
    return this.end(...args);
  }
}

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream: (path, options) => new ReadStream(path, options),
  createWriteStream: (path, options) => new WriteStream(path, options),
};
