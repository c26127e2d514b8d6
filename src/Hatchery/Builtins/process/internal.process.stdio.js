// process.stdout and process.stderr: Writables whose _write hands the bytes to the host's output at once, as Node's
// stdio over a file does (so write() completes synchronously and its callback runs on the next tick). Built on the
// first read of process.stdout or process.stderr, which is when the stream module is first loaded.
const { Writable } = require('stream');

module.exports = function createStdio(write, fd) {
  const stream = new Writable({
    write(chunk, encoding, cb) {
      write(chunk);
      cb();
    },
  });
  stream.fd = fd;
  stream._type = 'fs';
  stream._isStdio = true;
  stream.columns = 80;
  stream.destroySoon = stream.destroy;
  // Closing stdio does not close the host's output: it can be written to again, as in Node.
  stream._destroy = function destroyStdio(err, cb) {
    cb(err);
    this._undestroy();
    if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
  };
  stream.getColorDepth = function getColorDepth() {
    return 1;
  };
  stream.hasColors = function hasColors() {
    return false;
  };
  return stream;
};
