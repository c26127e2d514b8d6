// process.stdin: a Readable over the host's standard input, whose handle (StandardInputReader, the binding) reads on a
// thread-pool thread and posts each chunk to the loop. As in Node, a reading handle keeps the loop alive; stdin starts
// paused, and a pause() stops the handle one tick later (so `stdin.on('data', ...); stdin.pause()` lets the process
// exit); unref() lets the loop end while it reads. Built on the first read of process.stdin.
const { Readable } = require('stream');
const { Buffer } = require('buffer');

const handle = binding;
const stdin = new Readable({
  highWaterMark: 64 * 1024,
  read() {
    handle.reading = true;
    handle.readStart();
  },
  destroy(err, cb) {
    handle.reading = false;
    handle.readStop();
    cb(err);
  },
});
stdin.fd = 0;
stdin._handle = handle;

handle.reading = false;
handle.onread = function onread(chunk) {
  if (chunk === null) {
    stdin.push(null);
    return;
  }
  if (!stdin.push(Buffer.from(chunk))) {
    handle.reading = false;
    handle.readStop();
  }
};
handle.onerror = function onerror(message) {
  const err = new Error(message);
  err.code = 'EIO';
  err.syscall = 'read';
  stdin.destroy(err);
};

stdin.ref = function ref() {
  handle.ref();
  return this;
};
stdin.unref = function unref() {
  handle.unref();
  return this;
};

stdin.on('pause', () => process.nextTick(onpause));
function onpause() {
  if (handle.reading && !stdin.readableFlowing) {
    stdin._readableState.reading = false;
    handle.reading = false;
    handle.readStop();
  }
}

module.exports = stdin;
