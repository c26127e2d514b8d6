// Node's tty module for a runtime that never owns a terminal: every descriptor behaves like a pipe.

function isatty(fd) {
  void fd;
  return false;
}

// What Node throws when a stream is opened on a descriptor libuv cannot treat as a terminal.
function ttyInitFailed() {
  const error = new Error('TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
  error.name = 'SystemError';
  error.code = 'ERR_TTY_INIT_FAILED';
  error.errno = -22;
  error.syscall = 'uv_tty_init';
  return error;
}

function ReadStream(fd) {
  void fd;
  throw ttyInitFailed();
}

function WriteStream(fd) {
  void fd;
  throw ttyInitFailed();
}

module.exports = { isatty, ReadStream, WriteStream };
