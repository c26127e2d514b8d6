// Messages posted before a port closes still reach the other end, then both ends see 'close'.
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => console.log('port1 got', m));
port1.on('close', () => console.log('port1 close'));
port2.on('message', (m) => console.log('port2 got', m));
port2.on('close', () => console.log('port2 close'));
port2.postMessage(1);
port2.postMessage(2);
port2.close();
port1.postMessage('after close');
