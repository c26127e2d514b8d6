const { port1, port2 } = new MessageChannel();
console.log(typeof MessagePort, port1 instanceof MessagePort, port1 instanceof EventTarget, typeof port1.on, Object.prototype.toString.call(port1));
port2.onmessage = (e) => {
  console.log('message', e.constructor.name, e.type, JSON.stringify(e.data), e.target === port2, e.ports.length);
};

setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
const obj = { a: 1, nested: { b: [1, 2] } };
port1.postMessage(obj);
obj.a = 2;
port1.postMessage('second');
console.log('sync end');
setTimeout(() => { port1.close(); console.log('closed'); }, 20);
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
