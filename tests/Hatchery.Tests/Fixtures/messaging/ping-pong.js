const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => { console.log('p2 got', m); if (m < 3) port2.postMessage(m + 1); else port1.close(); });
port1.on('message', (m) => { console.log('p1 got', m); port1.postMessage(m + 1); });
setImmediate(() => console.log('immediate 1'));
port1.postMessage(0);
