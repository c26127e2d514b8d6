// Hatchery's exec module: run a program (never through a shell) to its end and get { stdout, stderr, code }.
// The C# binding runs it; this script checks the arguments and options and shapes the result and the errors.
'use strict';

const { Buffer } = require('buffer');
const codes = require('internal/errors');
const path = require('path');
const { uvError } = require('internal/child_process/options');

function prepare(cmd, args, options) {
  codes.validateString(cmd, 'cmd');
  if (cmd.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('cmd', cmd, 'cannot be empty');
  if (args !== undefined && !Array.isArray(args)) {
    if (options === undefined && args !== null && typeof args === 'object') {
      options = args;
      args = undefined;
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('args', 'Array', args);
    }
  }
  args = args === undefined ? [] : args.slice();
  args.forEach((arg, i) => codes.validateString(arg, `args[${i}]`));
  if (options === undefined) options = {};
  codes.validateObject(options, 'options');
  const { cwd, env, input, timeout = 0, encoding = 'utf8' } = options;
  if (cwd !== undefined) codes.validateString(cwd, 'options.cwd');
  if (env !== undefined) codes.validateObject(env, 'options.env');
  if (input !== undefined && typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  codes.validateInteger(timeout, 'options.timeout', 0, 2147483647);
  if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.encoding', encoding, "must be 'buffer' or a Buffer encoding");
  }
  const pairs = [];
  for (const [key, value] of Object.entries(env === undefined ? process.env : env)) {
    if (value !== undefined) pairs.push(key, String(value));
  }
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const call = [cmd, args, path.resolve(process.cwd(), cwd === undefined ? '.' : cwd), pairs, bytes, timeout];
  return { call, cmd, args, timeout, encoding };
}

function shape(ran, { cmd, args, timeout, encoding }) {
  const text = (bytes) => (encoding === 'buffer' ? Buffer.from(bytes) : Buffer.from(bytes).toString(encoding));
  if (ran.pid === undefined) throw uvError(ran.error, `spawn ${cmd}`, cmd, args);
  const stdout = text(ran.stdout);
  const stderr = text(ran.stderr);
  if (ran.error === 'ETIMEDOUT') {
    const err = uvError('ETIMEDOUT', `spawn ${cmd}`, cmd, args);
    err.message = `${[cmd, ...args].join(' ')} timed out after ${timeout} ms`;
    err.stdout = stdout;
    err.stderr = stderr;
    throw err;
  }
  return { stdout, stderr, code: ran.status };
}

function run(cmd, args, options) {
  const prepared = prepare(cmd, args, options);
  return shape(binding.run(...prepared.call), prepared);
}

function runAsync(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const prepared = prepare(cmd, args, options);
    binding.run(...prepared.call, (ran) => {
      try {
        resolve(shape(ran, prepared));
      } catch (err) {
        reject(err);
      }
    });
  });
}

module.exports = { run, runAsync };
