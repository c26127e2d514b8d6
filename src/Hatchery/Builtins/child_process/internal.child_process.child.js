// ChildProcess: the EventEmitter spawn returns. Its stdout and stderr are Readables the binding pushes the child's
// output into, its stdin a Writable whose writes go to the child's pipe. 'exit' comes when the process ends,
// 'close' once it has ended and every output stream has closed.
'use strict';

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const { signalName, toSignal, uvError } = require('internal/child_process/options');

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  kill(signal) {
    const number = signal === 0 ? 0 : toSignal(signal === undefined ? 'SIGTERM' : signal);
    if (this._handle === null) return false;
    const sent = this._handle.kill(number);
    if (sent && number !== 0) this.killed = true;
    return sent;
  }

  get [Symbol.toStringTag]() {
    return 'ChildProcess';
  }
}

function outputStream() {
  return new Readable({ read() {} });
}

function inputStream(child) {
  return new Writable({
    write(chunk, encoding, callback) {
      if (child._handle === null) return callback(uvError('EPIPE', 'write'));
      child._handle.write(chunk, (code) => callback(code ? uvError(code, 'write') : null));
    },
    final(callback) {
      if (child._handle !== null) child._handle.end();
      callback();
    },
    destroy(err, callback) {
      if (child._handle !== null) child._handle.end();
      callback(err);
    },
  });
}

function maybeClose(child) {
  if (++child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// Starts the child `normalized` describes (see normalizeSpawnArguments) into `child`.
function startChild(child, binding, normalized) {
  const { file, args, cwd, env, stdio, spawnargs } = normalized;
  child.spawnfile = file;
  child.spawnargs = spawnargs;
  child.stdin = stdio[0] === 'pipe' ? inputStream(child) : null;
  child.stdout = stdio[1] === 'pipe' ? outputStream() : null;
  child.stderr = stdio[2] === 'pipe' ? outputStream() : null;
  child.stdio = [child.stdin, child.stdout, child.stderr];
  for (const stream of [child.stdout, child.stderr]) {
    if (stream === null) continue;
    child._closesNeeded++;
    stream.on('close', () => maybeClose(child));
  }
  const handle = binding.spawn(file, args, cwd, env, stdio,
    (fd, bytes) => {
      const stream = fd === 1 ? child.stdout : child.stderr;
      if (stream === null || stream.destroyed) return;
      stream.push(bytes === null ? null : Buffer.from(bytes));
    },
    (code, signal) => onExit(child, code, signalName(signal)),
    // The host's close: every pipe drained, inherited output written included, so 'close' never passes that output.
    () => maybeClose(child));
  if (handle.error !== undefined) {
    const err = uvError(handle.error, `spawn ${file}`, file, spawnargs.slice(1));
    child.exitCode = err.errno;
    process.nextTick(() => {
      child.emit('error', err);
      for (const stream of child.stdio) if (stream !== null) stream.destroy();
      setImmediate(() => maybeClose(child));
    });
    return;
  }
  child._closesNeeded++;
  child._handle = handle;
  child.pid = handle.pid;
  process.nextTick(() => child.emit('spawn'));
}

function onExit(child, code, signal) {
  if (signal) child.signalCode = signal;
  else child.exitCode = code;
  if (child.stdin !== null) child.stdin.destroy();
  child._handle = null;
  // Output nobody reads still flows to its end, so that 'close' comes.
  for (const stream of [child.stdout, child.stderr]) {
    if (stream !== null && stream.readableFlowing === null) stream.resume();
  }
  child.emit('exit', child.exitCode, child.signalCode);
  maybeClose(child);
}

module.exports = { ChildProcess, startChild };
