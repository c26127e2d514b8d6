// Output captured by a host is never a terminal: isatty answers false and streams cannot be opened on it.
const tty = require('tty');
console.log(tty === require('node:tty'), typeof tty.ReadStream, typeof tty.WriteStream);
console.log(tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'));
try {
  new tty.WriteStream(1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
