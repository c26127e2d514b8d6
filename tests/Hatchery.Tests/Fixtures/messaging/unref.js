const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('never', m));
port2.unref();
console.log(port2.hasRef());
port1.postMessage('dropped at exit? no: delivered before the loop ends');
setImmediate(() => console.log('immediate'));
process.on('exit', () => console.log('exit'));
