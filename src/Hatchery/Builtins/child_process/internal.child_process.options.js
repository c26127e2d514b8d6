// What child_process's functions share: reading (file, args, options) into the description of a child the C#
// binding starts, signals by name or number, and the errors of a child that could not start or was cut short.
'use strict';

const codes = require('internal/errors');
const { validateFunction, validateObject, validateString } = codes;
const { constants } = require('os');
const path = require('path');
const { Buffer } = require('buffer');

// (file[, args][, options]) with args optional: the args array and the options object.
function splitArguments(args, options, optionsMayBeFunction = false) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined || (optionsMayBeFunction && typeof options === 'function')) options = {};
  else validateObject(options, 'options');
  return { args, options };
}

function validateTimeout(value, name = 'timeout') {
  if (value == null) return;
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value) || value < 0) throw new codes.ERR_OUT_OF_RANGE(name, 'an unsigned integer', value);
}

function validateMaxBuffer(value) {
  if (value == null) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new codes.ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', value);
  }
}

// 'pipe', 'inherit' or 'ignore' for each of stdin, stdout and stderr; 0, 1 and 2 stand for the parent's own.
function normalizeStdio(stdio) {
  let list;
  if (stdio == null) list = [];
  else if (typeof stdio === 'string') list = [stdio, stdio, stdio];
  else if (Array.isArray(stdio)) list = stdio;
  else throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  const modes = [];
  for (let i = 0; i < 3; i++) {
    const entry = list[i];
    if (entry == null || entry === 'pipe' || entry === 'overlapped') modes.push('pipe');
    else if (entry === 'inherit' || entry === i) modes.push('inherit');
    else if (entry === 'ignore') modes.push('ignore');
    else throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  return modes;
}

function envPairs(env) {
  const pairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) pairs.push(key, String(value));
  }
  return pairs;
}

// The child `spawn*` describes: file and args after the shell (if any), spawnargs as Node reports them, the
// absolute cwd, the environment as [key, value, …] and the three stdio modes.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  ({ args, options } = splitArguments(args, options));
  let cwd = options.cwd;
  if (cwd != null) {
    if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
    else if (Buffer.isBuffer(cwd)) cwd = cwd.toString();
    else if (typeof cwd !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.env != null) validateObject(options.env, 'options.env');
  validateTimeout(options.timeout);
  if (options.shell) {
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  return {
    file,
    args,
    spawnargs: [file, ...args],
    cwd: path.resolve(process.cwd(), cwd == null ? '.' : cwd),
    env: envPairs(options.env || process.env),
    stdio: normalizeStdio(options.stdio),
    options,
  };
}

// A signal's number, from its name or number; 0 only asks whether the child is alive.
function toSignal(signal, name = 'signal') {
  if (typeof signal === 'number') {
    if (signal === 0 || Object.values(constants.signals).includes(signal)) return signal;
    throw new codes.ERR_UNKNOWN_SIGNAL(signal);
  }
  if (typeof signal === 'string') {
    const number = constants.signals[signal.toUpperCase()];
    if (number !== undefined) return number;
    throw new codes.ERR_UNKNOWN_SIGNAL(signal);
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'number'], signal);
}

function signalName(number) {
  if (number == null) return null;
  for (const name of Object.keys(constants.signals)) {
    if (constants.signals[name] === number) return name;
  }
  return null;
}

// libuv's error for a failed system call, as Node builds it: "<syscall> <code>" with errno, code and syscall.
function uvError(code, syscall, file, spawnargs) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = -(constants.errno[code] || constants.errno.EIO);
  err.code = code;
  err.syscall = syscall;
  err.path = file;
  err.spawnargs = spawnargs;
  return err;
}

function validateEncoding(encoding) {
  return encoding != null && encoding !== 'buffer' && Buffer.isEncoding(encoding) ? encoding : null;
}

module.exports = {
  normalizeSpawnArguments,
  signalName,
  splitArguments,
  toSignal,
  uvError,
  validateEncoding,
  validateFunction,
  validateMaxBuffer,
  validateTimeout,
};
