// process.stdout and process.stderr are Writable streams: instanceof, their state getters, listeners, piping a
// Readable and a pipeline into them (which never ends them), and write() through the Writable machinery.
const { Readable, Writable, Transform, pipeline } = require('stream');
const log = (text) => process.stdout.write(`${text}\n`);

log(`instanceof Writable ${process.stdout instanceof Writable} ${process.stderr instanceof Writable}`);
log(`same object on each read ${process.stdout === process.stdout}`);
log(`writable ${process.stdout.writable} fd ${process.stdout.fd} ${process.stderr.fd}`);
log(`objectMode ${process.stdout.writableObjectMode} highWaterMark ${process.stdout.writableHighWaterMark}`);
log(`on returns the stream ${process.stdout.on('finish', () => log('never: stdout finish')) === process.stdout}`);
log(`listeners ${process.stdout.listenerCount('finish')}`);
const descriptor = Object.getOwnPropertyDescriptor(process, 'stdout');
log(`descriptor get ${typeof descriptor.get} enumerable ${descriptor.enumerable} configurable ${descriptor.configurable}`);

const source = Readable.from(['piped ', 'into ', 'stdout\n']);
source.on('end', () => {
  log(`after pipe: stdout ended ${process.stdout.writableEnded}`);
  const upper = new Transform({ transform(chunk, encoding, cb) { cb(null, chunk.toString().toUpperCase()); } });
  pipeline(Readable.from(['a pipeline ', 'into stderr\n']), upper, process.stderr, (err) => {
    log(`pipeline callback ${err}`);
  });
});
source.pipe(process.stdout);
process.stdout.write('write with callback\n', () => log('write callback'));
process.stderr.write(new Uint8Array([0x62, 0x79, 0x74, 0x65, 0x73, 0x0a]));
log('sync end');
