// Node's child_process module. The C# binding starts programs and reports their output and exit; this script reads
// the arguments and options, adds the shell for exec and shell: true, and shapes results and errors as Node does.
'use strict';

const { Buffer } = require('buffer');
const codes = require('internal/errors');
const { ChildProcess, startChild } = require('internal/child_process/child');
const {
  normalizeSpawnArguments, signalName, splitArguments, toSignal, uvError, validateEncoding, validateFunction,
  validateMaxBuffer, validateTimeout,
} = require('internal/child_process/options');

const kDefaultMaxBuffer = 1024 * 1024;

function spawn(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  const child = new ChildProcess();
  startChild(child, binding, normalized);
  const { timeout, killSignal } = normalized.options;
  if (timeout > 0 && child._handle !== null) {
    const signal = toSignal(killSignal === undefined ? 'SIGTERM' : killSignal, 'options.killSignal');
    let timer = setTimeout(() => {
      timer = null;
      child.kill(signal);
    }, timeout);
    child.once('exit', () => {
      if (timer !== null) clearTimeout(timer);
    });
  }
  return child;
}

function spawnSync(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  const opts = normalized.options;
  validateMaxBuffer(opts.maxBuffer);
  const killSignal = toSignal(opts.killSignal === undefined ? 'SIGTERM' : opts.killSignal, 'options.killSignal');
  let input = opts.input;
  if (typeof input === 'string') {
    input = Buffer.from(input, validateEncoding(opts.encoding) || 'utf8');
  } else if (input != null && !ArrayBuffer.isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const { file: program, args: programArgs, cwd, env, stdio, spawnargs } = normalized;
  const ran = binding.spawnSync(program, programArgs, cwd, env, stdio, input, opts.timeout || 0,
    opts.maxBuffer == null ? kDefaultMaxBuffer : opts.maxBuffer, killSignal);
  const result = {};
  if (ran.error !== undefined) {
    result.error = uvError(ran.error, `spawnSync ${program}`, program, spawnargs.slice(1));
  }
  if (ran.pid === undefined) {
    return Object.assign(result, { status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null });
  }
  const encoding = validateEncoding(opts.encoding);
  const decode = (bytes) => {
    if (bytes === null) return null;
    const buffer = Buffer.from(bytes);
    return encoding ? buffer.toString(encoding) : buffer;
  };
  const stdout = decode(ran.stdout);
  const stderr = decode(ran.stderr);
  return Object.assign(result, {
    status: ran.status,
    signal: signalName(ran.signal),
    output: [null, stdout, stderr],
    pid: ran.pid,
    stdout,
    stderr,
  });
}

// The error a Sync call throws: the spawn error with the result on it, or "Command failed" for a failed child.
function checkSyncResult(result, command) {
  let err;
  if (result.error) {
    err = Object.assign(result.error, result);
  } else if (result.status !== 0) {
    let message = `Command failed: ${command}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    err = Object.assign(new Error(message), result);
  }
  return err;
}

// execFileSync and execSync send stderr to the parent's stderr unless the caller chose stdio.
function runSync(file, args, options, command) {
  const inheritStderr = !options.stdio;
  const result = spawnSync(file, args, options);
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const err = checkSyncResult(result, command);
  if (err) throw err;
  return result.stdout;
}

function execFileSync(file, args, options) {
  ({ args, options } = splitArguments(args, options));
  return runSync(file, args, options, [file, ...args].join(' '));
}

function execSync(command, options) {
  codes.validateString(command, 'command');
  if (options !== undefined) codes.validateObject(options, 'options');
  return runSync(command, [], { ...options, shell: options && options.shell ? options.shell : true }, command);
}

// (file[, args][, options][, callback]) as execFile reads it.
function execFileArguments(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  ({ args, options } = splitArguments(args, options));
  if (callback !== undefined && callback !== null) validateFunction(callback, 'callback');
  return { args, options, callback };
}

function execFile(file, argsIn, optionsIn, callbackIn) {
  const { args, options: given, callback } = execFileArguments(file, argsIn, optionsIn, callbackIn);
  const options = { encoding: 'utf8', timeout: 0, maxBuffer: kDefaultMaxBuffer, killSignal: 'SIGTERM', ...given };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = toSignal(options.killSignal, 'options.killSignal');
  const child = spawn(file, args, { ...options, timeout: 0 });
  const encoding = validateEncoding(options.encoding);
  const chunks = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let cmd = file;
  if (args.length !== 0) cmd += ` ${args.join(' ')}`;
  let error = null;
  let killed = false;
  let finished = false;
  let timer = null;

  const output = (name) => (encoding ? chunks[name].join('') : Buffer.concat(chunks[name]));
  function finish(code, signal) {
    if (finished) return;
    finished = true;
    if (timer !== null) clearTimeout(timer);
    if (!callback) return;
    const stdout = output('stdout');
    const stderr = output('stderr');
    let err = error;
    if (err === null && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (err === null) {
      err = new Error(`Command failed: ${cmd}\n${stderr}`);
      err.code = code;
      err.killed = child.killed || killed;
      err.signal = signal;
    }
    err.cmd = cmd;
    callback(err, stdout, stderr);
  }
  function stop(err) {
    if (err) error = err;
    killed = true;
    child.kill(killSignal);
  }
  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      stop(null);
    }, options.timeout);
  }
  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (stream === null) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] <= options.maxBuffer) {
        chunks[name].push(chunk);
        return;
      }
      // Keep what fits under maxBuffer (counted in bytes, as Node slices a string chunk too), then end the child.
      chunks[name].push(chunk.slice(0, Math.max(0, length - (lengths[name] - options.maxBuffer))));
      stop(new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name));
    });
  }
  child.on('close', finish);
  child.on('error', (err) => {
    error = err;
    for (const stream of [child.stdout, child.stderr]) if (stream !== null) stream.destroy();
    finish(null, null);
  });
  return child;
}

function exec(command, options, callback) {
  codes.validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const given = options == null ? {} : options;
  return execFile(command, [], { ...given, shell: given.shell ? given.shell : true }, callback);
}

// util.promisify(exec) and util.promisify(execFile): { stdout, stderr }, and the promise carries the child.
function promisified(original) {
  return function promisifiedExec(...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = original(...args, (err, stdout, stderr) => {
        if (err === null) {
          resolve({ stdout, stderr });
          return;
        }
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      });
    });
    promise.child = child;
    return promise;
  };
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, customPromisify, { enumerable: false, value: promisified(exec) });
Object.defineProperty(execFile, customPromisify, { enumerable: false, value: promisified(execFile) });

module.exports = { ChildProcess, exec, execFile, execFileSync, execSync, spawn, spawnSync };
